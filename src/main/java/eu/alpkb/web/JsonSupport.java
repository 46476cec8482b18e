package eu.alpkb.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON mapper of the API. */
final class JsonSupport {
    private JsonSupport() {
    }

    /**
     * Dates as ISO strings; {@code < > &} written as unicode escapes, so that echoed user input stays inert even if
     * a client or proxy ever treats an answer as HTML.
     */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        return mapper;
    }

    /** Escapes the characters that open markup. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] table;

        HtmlSafeEscapes() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        /** Only the three markup characters get a custom escape; everything else, accents included, stays as is. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '<' || ch == '>' || ch == '&' ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
