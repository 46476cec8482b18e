package eu.alpkb.extract;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML output with a blank line after each block (heading, paragraph, list item, table
 * row), so that a heading does not run into the paragraph after it, and stops at a character limit.
 */
final class BlockTextHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div",
            "blockquote", "pre", "title", "dt", "dd", "table");

    /** Thrown to stop parsing once the limit is reached; the text so far is kept. */
    static final class LimitReached extends SAXException {
        LimitReached() {
            super("character limit reached");
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private boolean inBody;

    BlockTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if ("body".equals(localName)) {
            inBody = true;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (inBody && BLOCKS.contains(localName)) {
            text.append("\n\n");
        } else if ("body".equals(localName)) {
            inBody = false;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inBody) {
            return;
        }
        int room = maxChars - text.length();
        if (length > room) {
            text.append(ch, start, Math.max(0, room));
            throw new LimitReached();
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
