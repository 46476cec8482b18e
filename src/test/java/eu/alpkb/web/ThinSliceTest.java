package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.Services;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.pipeline.Indexer;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path from a folder of pages to answers over HTTP, on a real server and a real index on disk. */
class ThinSliceTest {
    @TempDir
    static Path tmp;
    static Services services;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Path config = TestConfigs.withSources(tmp, TestConfigs.folderSource("pages", TestConfigs.PAGES));
        services = new Services(ConfigLoader.load(config), tmp.resolve("data"), null);
        services.jobs().start(Indexer.Mode.FULL, null, () -> services.sources().configured(null));
        assertThat(services.jobs().awaitIdle(60_000)).isTrue();
        app = WebApp.create(services).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        services.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode search(String query) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void search_finds_the_page_that_mentions_the_words() throws Exception {
        JsonNode body = search("stuttgart cluster managers");
        assertThat(body.get("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode first = body.get("hits").get(0);
        assertThat(first.get("title").asText()).isEqualTo("AlpCafé in Stuttgart: cluster services for SMEs");
        assertThat(first.get("date").asText()).isEqualTo("2014-09-30");
        assertThat(first.get("snippet").asText()).contains("<mark>");
        assertThat(first.get("regions").toString()).contains("DE11");
    }

    @Test
    void boilerplate_is_not_indexed() throws Exception {
        assertThat(search("cookies").get("total").asInt()).isZero();
        assertThat(search("\"Regional Development Fund\"").get("total").asInt()).isZero();
    }

    @Test
    void accents_and_stemming_are_forgiven() throws Exception {
        assertThat(search("seminaire villebois").get("total").asInt()).isEqualTo(1);
        assertThat(search("alpcafe").get("total").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void empty_query_browses_everything_newest_first() throws Exception {
        JsonNode body = search("");
        assertThat(body.get("total").asInt()).isEqualTo(4);
        assertThat(body.get("hits").get(0).get("date").asText()).isEqualTo("2014-11-20");
        assertThat(body.get("facets").get("type")).isNotEmpty();
    }

    @Test
    void json_keeps_accents_readable_and_escapes_markup() throws Exception {
        HttpResponse<String> r = get("/api/search?q=villebois");
        assertThat(r.body()).contains("Séminaire stratégique").doesNotContain("<mark>").containsIgnoringCase("\\u003cmark\\u003e");
    }

    @Test
    void health_reports_the_documents() throws Exception {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("status").asText()).isEqualTo("up");
        assertThat(body.get("documents").asInt()).isEqualTo(4);
    }

    @Test
    void bad_parameters_answer_400_with_a_json_message() throws Exception {
        for (String q : new String[] {"/api/search?size=0", "/api/search?page=abc", "/api/search?from=2014-13-01",
                "/api/search?sort=up", "/api/search?region=Atlantis"}) {
            HttpResponse<String> r = get(q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(json.readTree(r.body()).get("error").asText()).as(q).isNotBlank();
        }
    }

    @Test
    void search_page_shows_results_without_javascript() throws Exception {
        HttpResponse<String> r = get("/?q=plasturgie");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("Séminaire stratégique de Plastipolis à Villebois");
    }
}
