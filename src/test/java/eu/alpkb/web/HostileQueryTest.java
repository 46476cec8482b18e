package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import eu.alpkb.search.SearchRequest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of random and hostile inputs against the parser and every endpoint: each answer is a result or a 4xx
 * with a message, never a 5xx, never a leak of files or an unescaped payload, always in bounded time.
 */
class HostileQueryTest {
    @TempDir
    static Path tmp;
    static TestServer server;
    static final long SEED = 20141022L;
    static final String[] PIECES = {"\"", "(", ")", "*", "?", "~", "^", ":", "-", "+", "\\", "/", "[", "]", "{", "}",
        "&&", "||", " AND ", " OR ", " NOT ", " TO ", "title:", "region:", "sector:", "type:", "lang:", "foo:", "*:*",
        "cluster", "Plastipolis", "Rhône", "München", "ß", "日本", "🙂", "\u0000", "\t", " ", " ", "2014", "~2", "^3",
        "<script>", "%", "'", ";", "..", "ITC1", "a", "zz", "piemonte", "\"plastics cluster\"", "!", "@", "#", "$"};

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestConfigs.withSources(tmp, TestConfigs.folderSource("pages", TestConfigs.PAGES)),
                tmp.resolve("data"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static List<String> randomQueries(int n, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) == 0) {
                    sb.append((char) (32 + random.nextInt(0x2FF)));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    static Stream<String> hostile() {
        return Stream.of("*", "?", "**", "a*b", "*cluster", "c*", "\\", "\"", "\"\"", "((((", "))))", "(a OR", "a AND",
                "OR", "AND", "NOT", "-", "+", "~", "^", ":", "title:", "region:", "region:Atlantis", "type:nonsense",
                "lang:x1", "cluster~10", "cluster^1000000", "cluster^-1", "/.*/", "/[a-z]+/", "field:[a TO z]",
                "date:{2014 TO *}", "*:*", "(".repeat(2000) + "a" + ")".repeat(2000), "a ".repeat(400),
                "\"a b c\"~100000", "x".repeat(499), "<script>alert(1)</script>", "${jndi:ldap://x}", "%00", "\u0000",
                "'; DROP TABLE docs; --", "../../../../etc/passwd", "cl?ster", "cluster OR OR OR", "-cluster",
                "-cluster -plastics", "title:\"\"", "\"unterminated phrase", "a:b:c:d", "@@@", "🙂🙂🙂");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostile_query_text_answers_200_and_only_an_overlong_one_a_clear_400(String q) throws Exception {
        HttpResponse<String> r = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (r.statusCode() == 414) {
            return; // longer than any URL the HTTP server accepts: refused before the application sees it
        }
        // the text of q is never an error; only a query longer than the configured limit is a bad parameter
        boolean tooLong = q.strip().length() > 500;
        assertThat(r.statusCode()).as(q).isEqualTo(tooLong ? 400 : 200);
        assertThat(TestServer.parse(r.body()).has(r.statusCode() == 200 ? "hits" : "error")).isTrue();
        assertThat(r.body()).doesNotContain("<script>").doesNotContain("Exception");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostile_query_text_makes_no_feed_export_or_page_fail(String q) throws Exception {
        String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
        for (String path : List.of("/api/search.atom", "/api/events.atom", "/api/search.csv", "/api/events.ics",
                "/", "/events")) {
            HttpResponse<String> r = server.send(server.request(path + "?q=" + encoded)
                    .header("Accept", path.startsWith("/api/") ? "*/*" : "text/html")); // as a browser asks
            if (r.statusCode() == 414) {
                continue;
            }
            // an overlong query is refused alike wherever it is typed: JSON for the API, the styled page for pages
            assertThat(r.statusCode()).as(path + " " + q).isEqualTo(q.strip().length() > 500 ? 400 : 200);
            if (r.statusCode() == 400 && !path.startsWith("/api/")) {
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            }
            if (r.statusCode() == 200 && path.endsWith(".atom")) {
                // a character XML cannot carry (a NUL typed into the box) is left out of the feed, not fatal to it
                javax.xml.parsers.DocumentBuilderFactory xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                assertThat(xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                        r.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement().getNodeName())
                        .as(path + " " + q).isEqualTo("feed");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void an_organiser_the_archive_does_not_know_is_a_clear_400_wherever_it_is_asked(String organiser)
            throws Exception {
        String encoded = URLEncoder.encode(organiser, StandardCharsets.UTF_8);
        for (String path : List.of("/api/events", "/api/events.ics", "/events")) {
            HttpResponse<String> r = server.send(server.request(path + "?organiser=" + encoded)
                    .header("Accept", path.startsWith("/api/") ? "*/*" : "text/html"));
            if (r.statusCode() == 414) {
                continue;
            }
            // a blank organiser asks for none
            assertThat(r.statusCode()).as(path + " " + organiser).isEqualTo(organiser.isBlank() ? 200 : 400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path)
                    .startsWith(path.startsWith("/api/") && r.statusCode() == 400 || path.equals("/api/events")
                            ? "application/json" : path.endsWith(".ics") ? "text/calendar" : "text/html");
            assertThat(r.body()).doesNotContain("<script>").doesNotContain("Exception");
        }
    }

    /** Queries as people type them into a search box, in the five languages. */
    static Stream<String> typed() {
        return Stream.of("what is smart specialisation?", "AlpClusters2020!", "cluster AND", "OR cluster",
                "cluster -", "Monterrey 2014: TCI global conference?", "100% of SMEs? [survey]",
                "e-mail: info@example.org", "https://www.example.org/news/2014/cluster?id=3&lang=en",
                "Bolzano/Bozen", "R&D #clusters @alpkb", "(plastics cluster", "plastics cluster)",
                "\"smart specialisation", "co-operation", "l'AlpCafé", "Kunststoff-Cluster",
                "cos'è la specializzazione intelligente?", "Was ist ein Cluster?", "Qu'est-ce qu'un pôle ?",
                "Kaj je grozd?", "¿qué es un clúster?", "cluster!!!", "a: b: c:", "!!!", "??", "&&", "- - -");
    }

    @ParameterizedTest
    @MethodSource("typed")
    void typed_questions_and_punctuation_answer_200_on_the_api_and_the_page(String q) throws Exception {
        String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
        HttpResponse<String> api = server.get("/api/search?q=" + encoded);
        assertThat(api.statusCode()).as(q).isEqualTo(200);
        assertThat(TestServer.parse(api.body()).has("hits")).isTrue();
        assertThat(TestServer.parse(api.body()).has("notice")).isTrue();
        HttpResponse<String> page = server.get("/?q=" + encoded);
        assertThat(page.statusCode()).as(q).isEqualTo(200);
    }

    @Test
    void what_was_taken_literally_is_said_in_a_notice() throws Exception {
        HttpResponse<String> api = server.get("/api/search?q=" + URLEncoder.encode("\"plastics cluster",
                StandardCharsets.UTF_8));
        assertThat(TestServer.parse(api.body()).get("notice").asText()).contains("quote");
        HttpResponse<String> page = server.get("/?q=" + URLEncoder.encode("\"plastics cluster",
                StandardCharsets.UTF_8));
        assertThat(page.body()).contains("query-notice");
    }

    @Test
    void thousands_of_random_queries_never_break_the_parser_and_stay_fast() {
        long worst = 0;
        for (String q : randomQueries(3000, SEED)) {
            long start = System.nanoTime();
            // no exception of any kind: whatever is typed is read as syntax or as words
            server.services.reader().search(new SearchRequest(q, Map.of(), null, null,
                    SearchRequest.Sort.RELEVANCE, 1, 10, "en"));
            worst = Math.max(worst, System.nanoTime() - start);
        }
        assertThat(worst / 1_000_000).as("slowest query in ms").isLessThan(2_000);
    }

    @Test
    void random_queries_over_http_never_get_a_5xx() throws Exception {
        for (String q : randomQueries(400, SEED + 1)) {
            HttpResponse<String> r = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                    + "&region=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(q).isLessThan(500);
        }
    }

    @ParameterizedTest
    @MethodSource("hostilePaths")
    void traversal_and_odd_paths_never_leak_files_or_fail(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path).isLessThan(500);
        assertThat(r.body()).doesNotContain("root:x:0:0").doesNotContain("sources:");
    }

    static Stream<String> hostilePaths() {
        return Stream.of("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd", "/api/documents/%2e%2e%2f%2e%2e%2fetc",
                "/archive/../../etc/passwd", "/archive/%2e%2e/%2e%2e/etc/passwd", "/archive/..%2f..%2fpom.xml",
                "/doc/../../etc/passwd", "/api/documents/%00", "/api/search?page=999999999", "/api/search?size=-1",
                "/api/search?from=yesterday", "/api/search?to=2014-02-30", "/api/suggest?q=" + "a".repeat(5000),
                "/api/search.csv?q=%22", "/api/search.atom?sort=sideways", "/api/search?lang=%3Cscript%3E",
                "/api/documents/0123456789abcdef/related", "/%2e%2e/%2e%2e/etc/passwd", "/api/admin/../search",
                "/index-config/alpkb.yaml", "/api/search?q=" + "x".repeat(600));
    }

    @Test
    void oversized_and_malformed_request_bodies_are_refused_cleanly() throws Exception {
        String big = "{\"full\": true, \"pad\": \"" + "x".repeat(200_000) + "\"}";
        HttpResponse<String> huge = server.send(server.adminRequest("/api/admin/reindex")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(huge.statusCode()).isBetween(400, 499);
        HttpResponse<String> broken = server.send(server.adminRequest("/api/admin/reindex")
                .POST(HttpRequest.BodyPublishers.ofString("{\"full\": tru")));
        assertThat(broken.statusCode()).isEqualTo(400);
        HttpResponse<String> wrongType = server.send(server.adminRequest("/api/admin/reindex")
                .POST(HttpRequest.BodyPublishers.ofString("[1,2,3]")));
        assertThat(wrongType.statusCode()).isEqualTo(400);
    }

    @Test
    void xss_payloads_come_back_escaped_on_the_page_and_in_json() throws Exception {
        String payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        HttpResponse<String> page = server.get("/?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isLessThan(500);
        assertThat(page.body()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        HttpResponse<String> api = server.get("/api/search?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
        assertThat(api.statusCode()).isLessThan(500);
        assertThat(api.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    }
}
