package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.TestServer;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organisations found beyond the vocabulary on the document page and in the document API, on the bundled archive. */
class FoundOrganisationsPageTest {
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
    void an_organisation_the_vocabulary_does_not_know_is_shown_with_its_sentence_and_how_it_was_found()
            throws Exception {
        String id = server.json("/api/search?q=%22Emily+Wise%22").get("hits").get(0).get("id").asText();
        JsonNode doc = server.json("/api/documents/" + id);
        JsonNode lund = null;
        for (JsonNode o : doc.get("foundOrgs")) {
            if (o.get("name").asText().equals("Lund University")) {
                lund = o;
            }
        }
        assertThat(lund).isNotNull();
        assertThat(lund.get("kind").asText()).isEqualTo("university");
        assertThat(lund.get("how").asText()).isEqualTo("pattern");
        assertThat(lund.get("evidence").asText()).contains("Lund University");
        assertThat(lund.get("confidence").asDouble()).isBetween(0.65, 1.0);

        Document page = Jsoup.parse(server.get("/doc/" + id).body());
        Element heading = page.select("h3").stream().filter(h -> h.text().equals("Organisations found")).findFirst()
                .orElseThrow();
        Element list = heading.nextElementSibling();
        assertThat(list.text()).contains("Lund University (university)").contains("found by the words of its name");
    }
}
