package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that two sources deliver (a site and a folder of saved pages) is one result, naming both. Runs on the
 * embedded index; {@link TwoSourcesSolrCloudIT} runs it again with the documents in SolrCloud.
 */
class TwoSourcesTest {
    @TempDir
    Path tmp;

    /** @return the sections of the service file that choose the index backend; none for the embedded index */
    String backendYaml() {
        return "";
    }

    @Test
    void the_same_page_in_two_sources_is_one_hit_whose_document_names_both() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path saved = Files.createDirectories(tmp.resolve("saved"));
        String page = "<!doctype html><html lang=\"en\"><head><title>Wood cluster visits Graz</title></head><body>"
                + "<article><h1>Wood cluster visits Graz</h1><p>Members of the wood cluster toured three sawmills"
                + " near Graz and discussed timber construction with local builders.</p><p>\u201cWe will show the"
                + " region's timber at the fair,\u201d said Lena Hofer, manager of the wood cluster.</p></article>"
                + "</body></html>";
        Files.writeString(site.resolve("visit.html"), page);
        Files.writeString(saved.resolve("visit-saved.html"), page);
        Files.writeString(site.resolve("other.html"), page.replace("Wood cluster visits Graz", "Food cluster meets")
                .replace("sawmills", "dairies"));
        try (TestServer server = TestServer.start(TestConfigs.withSources(tmp, TestConfigs.folderSource("site", site)
                + TestConfigs.folderSource("saved", saved), backendYaml()), tmp.resolve("data"))) {
            JsonNode result = server.json("/api/search?q=sawmills");
            assertThat(result.get("total").asInt()).isEqualTo(1);
            String id = result.get("hits").get(0).get("id").asText();

            JsonNode doc = server.json("/api/documents/" + id);
            // the source listed first keeps the page; the other is named with its address
            assertThat(doc.get("source").asText()).isEqualTo("site");
            JsonNode also = doc.get("alsoFrom");
            assertThat(also).hasSize(1);
            assertThat(also.get(0).get("source").asText()).isEqualTo("saved");
            assertThat(also.get(0).get("url").asText()).endsWith("visit-saved.html");

            Document html = Jsoup.parse(server.send(server.request("/doc/" + id).header("Accept", "text/html"))
                    .body());
            assertThat(html.select(".meta dt").eachText()).contains("Source", "Also in");

            // the person the page quotes, with the role it gives and the sentence, in the API and on the page
            JsonNode person = doc.get("people").get(0);
            assertThat(person.get("name").asText()).isEqualTo("Lena Hofer");
            assertThat(person.get("role").asText()).startsWith("manager of the wood cluster");
            assertThat(person.get("evidence").asText()).contains("said Lena Hofer");
            assertThat(html.select(".tag-reasons a").eachText()).anyMatch(t -> t.startsWith("Lena Hofer (manager"));
        }
    }
}
