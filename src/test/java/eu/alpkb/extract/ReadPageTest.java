package eu.alpkb.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.alpkb.ingest.FetchedResource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page is parsed once: the crawler's links, canonical address and robots directives, and the document. */
class ReadPageTest {
    static ContentExtractor extractor;

    @BeforeAll
    static void open() {
        extractor = new ContentExtractor();
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private static FetchedResource page(String url, String html) {
        return new FetchedResource("site", url, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                Map.of(), Instant.EPOCH, false);
    }

    private static final String ARTICLE = "<!doctype html><html lang=\"en\"><head><title>Cluster day in Graz</title>"
            + "<link rel=\"alternate canonical\" href=\"/news/cluster-day.html\">%s</head><body><article>"
            + "<h1>Cluster day in Graz</h1><p>Forty members of the wood cluster met in Graz to plan a joint stand at"
            + " a trade fair and to share the results of a survey on skills.</p>"
            + "<p><a href=\"/news/next.html\">Next</a> <a href=\"mailto:info@example.org\">Mail</a>"
            + " <a href=\"ftp://files.example.org/a\">Files</a></p></article>"
            + "<iframe src=\"/embed/map.html\"></iframe></body></html>";

    @Test
    void the_crawler_and_the_index_read_the_same_canonical_address_and_links() throws Exception {
        ReadPage read = extractor.read(page("https://site.example/news/cluster-day.html?ref=home",
                ARTICLE.formatted("")));
        assertThat(read.canonical()).isEqualTo("https://site.example/news/cluster-day.html");
        assertThat(read.nofollow()).isFalse();
        // any scheme but mail and scripts, so refusals can be reported; frames too
        assertThat(read.links()).containsExactly("https://site.example/news/next.html",
                "ftp://files.example.org/a", "https://site.example/embed/map.html");
        assertThat(read.document().canonicalUrl()).isEqualTo(read.canonical());
    }

    @Test
    void a_page_passed_on_with_its_reading_is_not_parsed_again() throws Exception {
        ReadPage read = extractor.read(page("https://site.example/a.html", ARTICLE.formatted("")));
        // the bytes no longer matter: what the source read is what is extracted
        FetchedResource passedOn = page("https://site.example/a.html", "not a page at all").withRead(read);
        assertThat(extractor.extract(passedOn)).isSameAs(read.document());
    }

    @Test
    void a_page_that_asks_not_to_be_indexed_still_gives_its_links_unless_it_forbids_following_them() {
        ReadPage noindex = extractor.read(page("https://site.example/a.html",
                ARTICLE.formatted("<meta name=\"robots\" content=\"noindex, follow\">")));
        assertThat(noindex.links()).contains("https://site.example/news/next.html");
        assertThat(noindex.nofollow()).isFalse();
        assertThatThrownBy(noindex::document).isInstanceOf(ExtractionException.class).hasMessageContaining("noindex");

        ReadPage none = extractor.read(page("https://site.example/a.html",
                ARTICLE.formatted("<meta name=\"robots\" content=\"none\">")));
        assertThat(none.nofollow()).isTrue();
    }

    @Test
    void bytes_that_are_no_page_give_no_links_and_say_why() {
        ReadPage binary = extractor.read(new FetchedResource("site", "https://site.example/x.html",
                new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 9}, "text/html", Map.of(), Instant.EPOCH, false));
        assertThat(binary.links()).isEqualTo(List.of());
        assertThatThrownBy(binary::document).hasMessageContaining("not text");
    }
}
