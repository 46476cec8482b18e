package eu.alpkb.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.alpkb.ingest.FetchedResource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bytes that are not text are refused as such, whatever their file name or declared type says. */
class BinaryContentTest {
    static final ContentExtractor extractor = new ContentExtractor();

    @AfterAll
    static void close() {
        extractor.close();
    }

    static FetchedResource resource(String url, byte[] bytes, String type) {
        return new FetchedResource("test", url, bytes, type, Map.of(), Instant.EPOCH, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:/site/news/broken.html", "file:/site/notes.txt", "https://example.org/page.htm"})
    void random_bytes_under_a_text_name_are_skipped_as_not_text(String url) {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);
        assertThatThrownBy(() -> extractor.extract(resource(url, noise, null)))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("not text");
        assertThatThrownBy(() -> extractor.extract(resource(url, noise, "text/html; charset=utf-8")))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("not text");
    }

    @Test
    void a_latin1_page_without_a_doctype_is_still_text() throws Exception {
        byte[] page = ("<head><title>Caf\u00e9 des r\u00e9gions</title></head><body><p>Une journ\u00e9e \u00e0 Lyon"
                + " pour les clusters de la r\u00e9gion, avec des \u00e9changes entre entreprises.</p></body>")
                .getBytes(StandardCharsets.ISO_8859_1);
        ExtractedDocument doc = extractor.extract(resource("file:/site/cafe.html", page, null));
        assertThat(doc.text()).contains("Lyon");
    }

    @Test
    void control_characters_are_judged_by_their_share_not_their_presence() {
        byte[] text = "A line of text with a form feed\f and a tab\t.\n".repeat(100).getBytes(StandardCharsets.US_ASCII);
        assertThat(ContentExtractor.looksLikeText(text)).isTrue();
        text[10] = 0x01; // one stray control byte in a long text
        assertThat(ContentExtractor.looksLikeText(text)).isTrue();
        byte[] utf16 = "\uFEFFText in UTF-16".getBytes(StandardCharsets.UTF_16BE);
        assertThat(ContentExtractor.looksLikeText(utf16)).isTrue();
        assertThat(ContentExtractor.looksLikeText(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).isFalse();
    }
}
