package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.TestServer;
import eu.alpkb.search.FacetLimits;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers of {@code /api/search} over the bundled archive carry the facet values a page shows, with the rest one
 * parameter away, and every text answer is gzipped for clients that ask. Prints the bytes typical answers take.
 */
class CompactAnswersTest {
    /** Typical searches: browsing everything, a word, a word with filters, a sorted browse of one country. */
    private static final List<String> TYPICAL = List.of("/api/search", "/api/search?q=cluster",
            "/api/search?q=innovation&type=news&lang=en", "/api/search?region=IT&sort=-date");
    /** The largest typical answer, facets included, before any compression; the floor reached, in bytes. */
    private static final int TYPICAL_MAX = 10_900;
    /** The largest typical answer gzipped. */
    private static final int TYPICAL_GZIP_MAX = 3_300;

    @TempDir
    static Path tmp;
    static TestServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.archive(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private HttpResponse<byte[]> fetch(String pathAndQuery, boolean gzip) throws Exception {
        var request = server.request(pathAndQuery);
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** @return the bytes of the answer as sent, with or without asking for gzip */
    private int bytes(String pathAndQuery, boolean gzip) throws Exception {
        HttpResponse<byte[]> r = fetch(pathAndQuery, gzip);
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding").isPresent()).as(pathAndQuery).isEqualTo(gzip);
        return r.body().length;
    }

    private static String and(String search, String parameter) {
        return search + (search.contains("?") ? "&" : "?") + parameter;
    }

    @Test
    void typical_answers_are_small_by_default_and_smaller_gzipped() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-36s %7s %6s %11s %10s", "search", "plain", "gzip", "all facets", "all, gzip"));
        List<int[]> sizes = new ArrayList<>();
        for (String search : TYPICAL) {
            int[] s = {bytes(search, false), bytes(search, true), bytes(and(search, "facet.limit=-1"), false),
                    bytes(and(search, "facet.limit=-1"), true)};
            sizes.add(s);
            String shown = search.substring("/api/search".length());
            lines.add(String.format("%-36s %7d %6d %11d %10d", shown.isEmpty() ? "(browse)" : shown, s[0], s[1], s[2],
                    s[3]));
        }
        System.out.println("Bytes of /api/search answers on the bundled archive (10 hits; default facets, then every"
                + " facet value as before facet.limit):");
        lines.forEach(System.out::println);
        for (int i = 0; i < TYPICAL.size(); i++) {
            int[] s = sizes.get(i);
            assertThat(s[0]).as(TYPICAL.get(i)).isLessThanOrEqualTo(TYPICAL_MAX).isLessThanOrEqualTo(s[2]);
            assertThat(s[1]).as(TYPICAL.get(i)).isLessThanOrEqualTo(TYPICAL_GZIP_MAX);
        }
    }

    @Test
    void each_dimension_carries_the_first_values_and_counts_the_ones_left_out() throws Exception {
        JsonNode compact = server.json("/api/search");
        JsonNode all = server.json("/api/search?facet.limit=-1");
        assertThat(all.get("facets")).isEqualTo(server.json("/api/facets").get("facets"));
        assertThat(compact.get("hits")).isEqualTo(all.get("hits"));
        for (String dim : List.of("region", "sector", "type", "lang", "org", "project", "person", "year")) {
            JsonNode values = compact.get("facets").get(dim);
            JsonNode every = all.get("facets").get(dim);
            assertThat(values.size()).as(dim).isEqualTo(Math.min(FacetLimits.DEFAULT_LIMIT, every.size()));
            assertThat(values.size() + compact.get("facetMore").get(dim).asInt()).as(dim).isEqualTo(every.size());
            assertThat(all.get("facetMore").get(dim).asInt()).isZero();
            for (int i = 0; i < values.size(); i++) {
                JsonNode v = values.get(i);
                assertThat(v.get("value")).as(dim).isEqualTo(every.get(i).get("value"));
                assertThat(v.get("count")).as(dim).isEqualTo(every.get(i).get("count"));
                // children come on request; until then their number says that there are some
                assertThat(v.get("children")).as(dim).isEmpty();
                int children = every.get(i).get("children").size();
                assertThat(v.has("more") ? v.get("more").asInt() : 0).as(dim).isEqualTo(children);
            }
        }
        assertThat(compact.get("facetMore").get("org").asInt()).isPositive();
    }

    @Test
    void a_selected_value_beyond_the_first_comes_with_the_path_to_it() throws Exception {
        JsonNode orgs = server.json("/api/search?facet.limit=-1").get("facets").get("org");
        String last = orgs.get(orgs.size() - 1).get("value").asText();
        JsonNode answer = server.json("/api/search?org=" + last);
        JsonNode values = answer.get("facets").get("org");
        assertThat(values).hasSize(FacetLimits.DEFAULT_LIMIT + 1);
        assertThat(values.get(FacetLimits.DEFAULT_LIMIT).get("value").asText()).isEqualTo(last);
        assertThat(values.get(FacetLimits.DEFAULT_LIMIT).get("selected").asBoolean()).isTrue();

        // a region: its country comes with its regions
        JsonNode italy = server.json("/api/search?region=ITC1").get("facets").get("region").get(0);
        assertThat(italy.get("value").asText()).isEqualTo("IT");
        assertThat(italy.get("children").findValuesAsText("value")).contains("ITC1");
    }

    @Test
    void the_children_of_a_value_come_when_asked_for() throws Exception {
        JsonNode full = server.json("/api/search?facet.limit=-1").get("facets");
        JsonNode italy = server.json("/api/search?facet.expand=region:IT").get("facets").get("region").get(0);
        assertThat(italy.get("children")).isEqualTo(full.get("region").get(0).get("children"));
        assertThat(italy.has("more")).isFalse();
        // a year's months, every one of them
        String year = full.get("year").get(0).get("value").asText();
        JsonNode months = server.json("/api/search?facet.expand=year:" + year + "&facet.limit=1").get("facets")
                .get("year").get(0).get("children");
        assertThat(months).isEqualTo(full.get("year").get(0).get("children"));
    }

    @Test
    void snippets_keep_about_three_lines_by_default_and_as_many_characters_as_asked() throws Exception {
        JsonNode whole = server.json("/api/search?q=cluster&snippet.length=10000").get("hits");
        JsonNode usual = server.json("/api/search?q=cluster").get("hits");
        JsonNode short_ = server.json("/api/search?q=cluster&snippet.length=60").get("hits");
        JsonNode none = server.json("/api/search?q=cluster&snippet.length=0").get("hits");
        int cut = 0;
        for (int i = 0; i < whole.size(); i++) {
            String full = whole.get(i).get("snippet").asText();
            String kept = usual.get(i).get("snippet").asText();
            assertThat(text(kept).length()).isLessThanOrEqualTo(SearchParams.DEFAULT_SNIPPET_CHARS + 2);
            assertThat(text(short_.get(i).get("snippet").asText()).length()).isLessThanOrEqualTo(62);
            assertThat(none.get(i).get("snippet").asText()).isEmpty();
            // marks stay balanced wherever the snippet is cut
            assertThat(kept.split("<mark>", -1).length).isEqualTo(kept.split("</mark>", -1).length);
            if (!kept.equals(full)) {
                cut++;
                assertThat(kept).endsWith(" …");
                assertThat(text(full)).startsWith(text(kept.substring(0, kept.length() - " …".length())));
            }
        }
        assertThat(cut).as("snippets longer than the default").isPositive();
        assertThat(server.get("/api/search?q=cluster&snippet.length=-1").statusCode()).isEqualTo(400);
        assertThat(TestServer.parse(server.get("/api/search?q=cluster&snippet.length=lots").body()).get("error")
                .asText()).contains("snippet.length");
    }

    @Test
    void a_title_comes_marked_only_where_a_word_of_it_matched() throws Exception {
        JsonNode hits = server.json("/api/search?q=cluster&size=50").get("hits");
        int marked = 0;
        for (JsonNode hit : hits) {
            if (hit.has("titleHtml")) {
                marked++;
                assertThat(hit.get("titleHtml").asText()).contains("<mark>");
            }
            assertThat(hit.has("archived")).as("archived only when true").isFalse();
        }
        assertThat(marked).isPositive().isLessThan(hits.size());
        assertThat(server.json("/api/search").get("hits")).allSatisfy(h -> assertThat(h.has("titleHtml")).isFalse());
    }

    /** @return the text of escaped HTML with marks, an entity counted as one character */
    private static String text(String html) {
        return html.replaceAll("</?mark>", "").replaceAll("&[#a-zA-Z0-9]+;", "x");
    }

    @Test
    void a_dimension_can_have_a_limit_of_its_own() throws Exception {
        JsonNode facets = server.json("/api/search?facet.limit=3&facet.org.limit=-1&facet.person.limit=1")
                .get("facets");
        JsonNode all = server.json("/api/search?facet.limit=0").get("facets");
        assertThat(facets.get("org")).isEqualTo(all.get("org"));
        assertThat(facets.get("person")).hasSize(1);
        assertThat(facets.get("type")).hasSize(3);
    }

    @Test
    void a_month_is_selected_in_its_own_year_only() throws Exception {
        JsonNode years = server.json("/api/search?facet.limit=-1").get("facets").get("year");
        JsonNode year = years.get(1);
        String month = year.get("value").asText() + "-" + year.get("children").get(0).get("value").asText();
        JsonNode answer = server.json("/api/search?facet.limit=-1&year=" + month).get("facets").get("year");
        List<String> selected = new ArrayList<>();
        answer.forEach(y -> y.get("children").forEach(m -> {
            if (m.path("selected").asBoolean()) {
                selected.add(y.get("value").asText() + "-" + m.get("value").asText());
            }
        }));
        assertThat(selected).containsExactly(month);
    }

    @ParameterizedTest
    @ValueSource(strings = {"facet.limit=abc", "facet.limit=-2", "facet.limit=1001", "facet.regoin.limit=3",
            "facet.org.limit=x", "facet.expand=type:news", "facet.expand=region", "facet.expand=nowhere:IT",
            "facet.expand=region:", "facet.sort=count"})
    void a_bad_facet_parameter_is_a_400_in_json(String parameter) throws Exception {
        HttpResponse<String> r = server.get("/api/search?q=cluster&" + parameter);
        assertThat(r.statusCode()).as(parameter).isEqualTo(400);
        JsonNode error = TestServer.parse(r.body());
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).as(parameter).contains("facet.");
    }

    @Test
    void a_bad_facet_parameter_is_explained_in_the_language_asked_for() throws Exception {
        JsonNode german = TestServer.parse(server.get("/api/search?facet.expand=type:news&hl=de").body());
        assertThat(german.get("error").asText()).contains("muss eine Dimension");
        JsonNode french = TestServer.parse(server.get("/api/search?facet.limit=5000&hl=fr").body());
        assertThat(french.get("error").asText()).contains("facet.limit doit être compris entre -1 et");
    }

    /** @return the body of a gzipped answer, unpacked */
    private static String gunzip(byte[] body) throws Exception {
        return new String(new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=cluster", "/api/search.csv?q=cluster", "/api/search.atom?q=cluster",
            "/?q=cluster", "/api/facets", "/api/events.ics"})
    void text_answers_are_gzipped_for_clients_that_ask(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> plain = fetch(pathAndQuery, false);
        HttpResponse<byte[]> gzip = fetch(pathAndQuery, true);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).as(pathAndQuery).hasValue("gzip");
        assertThat(gzip.headers().firstValue("Content-Type")).isEqualTo(plain.headers().firstValue("Content-Type"));
        String unpacked = gunzip(gzip.body());
        String original = new String(plain.body(), StandardCharsets.UTF_8);
        // the search took its own time, and pages carry a token per form: compare what does not change
        assertThat(unpacked.length()).as(pathAndQuery).isBetween(original.length() - 40, original.length() + 40);
        assertThat(gzip.body().length).as(pathAndQuery).isLessThan(plain.body().length / 2);
    }

    @Test
    void tiny_answers_go_as_they_are() throws Exception {
        HttpResponse<byte[]> health = fetch("/health", true);
        assertThat(health.body().length).isLessThan(WebApp.MIN_COMPRESSED_BYTES);
        assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
    }
}
