package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.AnswerKey;
import eu.alpkb.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hit inside a PDF of the bundled archive names the page its snippet comes from, and links the PDF there. */
class PdfPageHitsTest {
    static final String REPORT = "files/alpclusters2020-final-report-2014.pdf";
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.archive(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void words_found_on_a_later_page_name_that_page_in_the_api_and_on_the_search_page() throws Exception {
        for (String words : new String[] {"lessons stand out", "closing survey effectiveness sustainability"}) {
            int printedOn = pageWith(words.split(" ")[0], words.split(" ")[1]);
            assertThat(printedOn).as(words).isGreaterThan(1);
            JsonNode hit = reportHit(server.json("/api/search?size=50&q=" + URLEncoder.encode(words,
                    StandardCharsets.UTF_8)));
            assertThat(hit.get("page").asInt()).as(words).isEqualTo(printedOn);
            assertThat(hit.get("snippet").asText()).contains("<mark>");

            Document page = Jsoup.parse(server.send(server.request("/?size=50&q=" + URLEncoder.encode(words,
                    StandardCharsets.UTF_8)).header("Accept", "text/html")).body());
            Element link = page.selectFirst("a[href$=" + REPORT + "#page=" + printedOn + "]");
            assertThat(link).as(words).isNotNull();
            assertThat(link.text()).contains(Integer.toString(printedOn));
        }
    }

    @Test
    void hits_in_pages_without_pages_name_none() throws Exception {
        JsonNode r = server.json("/api/search?q=AlpCaf%C3%A9+Stuttgart&size=20");
        for (JsonNode h : r.get("hits")) {
            if (!h.get("url").asText().endsWith(".pdf")) {
                assertThat(h.has("page")).as(h.get("url").asText()).isFalse();
            }
        }
    }

    private static JsonNode reportHit(JsonNode result) {
        for (JsonNode h : result.get("hits")) {
            if (h.get("url").asText().endsWith(REPORT)) {
                return h;
            }
        }
        throw new AssertionError("the report is not among the hits: " + result.get("hits").findValuesAsText("url"));
    }

    /** @return the page of the report PDFBox reads both words on, next to each other */
    private static int pageWith(String first, String second) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(AnswerKey.SITE.resolve(REPORT)))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (stripper.getText(doc).replaceAll("\\s+", " ").toLowerCase().contains(first + " " + second)) {
                    return p;
                }
            }
        }
        return 0;
    }
}
