package eu.alpkb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.extract.HtmlExtractor;
import com.sun.net.httpserver.HttpExchange;
import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.FetchedResource;
import eu.alpkb.ingest.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site that does everything wrong, crawled once: every fault must end in an outcome that says what happened,
 * good pages among the bad must still arrive, and the crawl must end quickly within its bounds.
 */
class HostileSiteTest {
    static final Path HOSTILE = Paths.get("src/test/resources/crawl/hostile");
    static final long MAX_BYTES = 64 * 1024;
    static final long HUGE_BYTES = 100L * 1024 * 1024;
    static final CrawlLimits LIMITS = CrawlLimits.defaults()
            .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400), Duration.ofSeconds(1))
            .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofMillis(100))
            .withTrapCaps(6, 6);

    @TempDir
    static Path data;
    static StaticSiteServer site;
    static RecordingSink sink;
    static long elapsedMs;
    static final AtomicLong hugeBytesWritten = new AtomicLong();

    @BeforeAll
    static void crawlTheHostileSite() throws Exception {
        site = StaticSiteServer.serve(HOSTILE);
        byte[] pdf = Files.readAllBytes(HOSTILE.resolve("report.pdf"));
        // Compressed once, before the crawl: made on each request it took longer than the test's response timeout.
        byte[] bomb = gzip(("<html><body>" + "<p>again</p>".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8));
        AtomicInteger flaky = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        site.route("/loop/a", ex -> redirect(ex, 302, "/loop/b"))
                .route("/loop/b", ex -> redirect(ex, 302, "/loop/a"))
                .route("/chain/*", ex -> redirect(ex, 302,
                        "/chain/" + (Integer.parseInt(ex.getRequestURI().getPath().substring(7)) + 1)))
                .route("/moved", ex -> redirect(ex, 301, "/target.html"))
                .route("/redirect-away", ex -> redirect(ex, 302, "http://localhost:" + site.port() + "/elsewhere"))
                .route("/calendar", HostileSiteTest::calendarByQuery)
                .route("/cal/*", HostileSiteTest::calendarByPath)
                .route("/dir/*", ex -> StaticSiteServer.sendHtml(ex,
                        "<html><body><p>One folder deeper.</p><a href=\"sub/\">deeper</a></body></html>"))
                .route("/slow.html", ex -> {
                    pause(3000);
                    StaticSiteServer.sendHtml(ex, "<html><body><p>Too late.</p></body></html>");
                })
                .route("/slow-body.html", ex -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    ex.sendResponseHeaders(200, 0);
                    OutputStream out = ex.getResponseBody();
                    out.write("<html><body><p>The beginning of a page that never ends"
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    pause(3000);
                })
                .route("/flaky.html", ex -> {
                    if (flaky.getAndIncrement() == 0) {
                        StaticSiteServer.send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
                    } else {
                        StaticSiteServer.sendHtml(ex, "<html><body><p>Works the second time.</p></body></html>");
                    }
                })
                .route("/busy.html", ex -> {
                    if (busy.getAndIncrement() == 0) {
                        ex.getResponseHeaders().set("Retry-After", "3600");
                        StaticSiteServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
                    } else {
                        StaticSiteServer.sendHtml(ex, "<html><body><p>Served after waiting.</p></body></html>");
                    }
                })
                .route("/always-500.html", ex -> StaticSiteServer.send(ex, 500, "text/plain",
                        "broken".getBytes(StandardCharsets.UTF_8)))
                .route("/huge.html", HostileSiteTest::huge)
                .route("/report.html", ex -> StaticSiteServer.send(ex, 200, "text/html; charset=utf-8", pdf))
                .route("/badcharset.html", ex -> StaticSiteServer.send(ex, 200, "text/html; charset=no-such-charset",
                        ("<html><body><p>Unknown charset, \u00e9 and \u00fc.</p>"
                                + "<a href=\"/after-badcharset.html\">next</a></body></html>")
                                .getBytes(StandardCharsets.UTF_8)))
                .route("/gzipped.html", ex -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    StaticSiteServer.send(ex, 200, "text/html; charset=utf-8", gzip(("<html><body><p>Compressed"
                            + " page.</p><a href=\"/after-gzip.html\">next</a></body></html>")
                            .getBytes(StandardCharsets.UTF_8)));
                })
                .route("/after-gzip.html", ex -> StaticSiteServer.sendHtml(ex, "<html><body><p>Reached through a"
                        + " compressed page.</p></body></html>"))
                .route("/bomb.html", ex -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    StaticSiteServer.send(ex, 200, "text/html; charset=utf-8", bomb);
                })
                .route("/no-type.html", ex -> StaticSiteServer.send(ex, 200, null, ("<!DOCTYPE html><html><body>"
                        + "<p>No type.</p><a href=\"/after-no-type.html\">next</a></body></html>")
                        .getBytes(StandardCharsets.UTF_8)))
                .route("/after-no-type.html", ex -> StaticSiteServer.sendHtml(ex, "<html><body><p>Reached through"
                        + " a page without a content type.</p></body></html>"))
                .route("/truncated.html", ex -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    ex.sendResponseHeaders(200, 5000);
                    ex.getResponseBody().write(new byte[1000]);
                    ex.getResponseBody().flush();
                    // Closing the exchange now cuts the connection 4,000 bytes short.
                });
        SourceConfig config = new SourceConfig("hostile", SourceConfig.SourceType.WEB, null, null,
                List.of(site.baseUrl()), null, null, null, 30, 200, MAX_BYTES, 0L, null, null, true);
        sink = new RecordingSink(false);
        long t0 = System.nanoTime();
        new WebSource(config, data, LIMITS, new HtmlExtractor()).read(sink);
        elapsedMs = (System.nanoTime() - t0) / 1_000_000;
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A month page linking to the months around it and to its days, for ever. */
    static void calendarByQuery(HttpExchange ex) throws IOException {
        String q = ex.getRequestURI().getQuery() == null ? "month=2014-01" : ex.getRequestURI().getQuery();
        Matcher m = Pattern.compile("(\\d{4})-(\\d{2})").matcher(q);
        YearMonth month = m.find() ? YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : YearMonth.of(2014, 1);
        StringBuilder html = new StringBuilder("<html><body><p>Events in " + month + "</p>");
        html.append("<a href=\"/calendar?month=").append(month.minusMonths(1)).append("\">previous</a> ");
        html.append("<a href=\"/calendar?month=").append(month.plusMonths(1)).append("\">next</a> ");
        for (int d = 1; d <= 5; d++) {
            html.append("<a href=\"/calendar?day=").append(month.atDay(d)).append("\">").append(d).append("</a> ");
        }
        StaticSiteServer.sendHtml(ex, html.append("</body></html>").toString());
    }

    /** The same trap written into the path: {@code /cal/2014/01/}. */
    static void calendarByPath(HttpExchange ex) throws IOException {
        Matcher m = Pattern.compile("/cal/(\\d{4})/(\\d{2})/").matcher(ex.getRequestURI().getPath());
        YearMonth month = m.find() ? YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : YearMonth.of(2014, 1);
        YearMonth next = month.plusMonths(1);
        YearMonth prev = month.minusMonths(1);
        StaticSiteServer.sendHtml(ex, "<html><body><p>Events in " + month + "</p>"
                + String.format("<a href=\"/cal/%d/%02d/\">next</a> ", next.getYear(), next.getMonthValue())
                + String.format("<a href=\"/cal/%d/%02d/\">previous</a>", prev.getYear(), prev.getMonthValue())
                + "</body></html>");
    }

    /** A page of 100 MB; the crawler must hang up long before the end. */
    static void huge(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, HUGE_BYTES);
        byte[] chunk = "<p>filler filler filler filler filler filler filler filler filler</p>\n".repeat(128)
                .getBytes(StandardCharsets.UTF_8);
        OutputStream out = ex.getResponseBody();
        out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
        long written = 12;
        while (written + chunk.length <= HUGE_BYTES) {
            out.write(chunk);
            written += chunk.length;
            hugeBytesWritten.set(written);
        }
    }

    private static FetchedResource accepted(String path) {
        return sink.accepted.get(site.url(path));
    }

    private static String reason(String path) {
        return sink.reason(site.url(path));
    }

    @Test
    void the_crawl_ends_quickly_despite_every_trap() {
        assertThat(elapsedMs).as(sink.describe()).isLessThan(20_000);
        assertThat(site.requests().size()).isLessThan(120);
    }

    @Test
    void good_pages_among_the_bad_are_delivered() {
        assertThat(sink.accepted).as(sink.describe()).containsKeys(site.baseUrl(), site.url("/target.html"),
                site.url("/flaky.html"), site.url("/busy.html"), site.url("/latin1.html"),
                site.url("/from-octet.html"), site.url("/after-badcharset.html"));
    }

    @Test
    void every_link_of_the_start_page_ends_with_an_outcome() {
        UrlNormalizer normalizer = new UrlNormalizer();
        // the page comes with the crawler's reading of it, the one its extraction uses too
        for (String link : sink.accepted.get(site.baseUrl()).read().links()) {
            String url = normalizer.normalize(link);
            String key = url == null ? link : url;
            boolean told = sink.accepted.containsKey(key) || sink.outcomes.stream().anyMatch(o -> o.url().equals(key));
            assertThat(told).as(key + "\n" + sink.describe()).isTrue();
        }
    }

    @Test
    void a_redirect_loop_is_detected() {
        String loop = reason("/loop/b") + " " + reason("/loop/a");
        assertThat(loop).contains("redirect loop");
        assertThat(site.requests("/loop/a")).hasSize(1);
    }

    @Test
    void a_redirect_chain_stops_after_five_hops() {
        assertThat(sink.outcomes).as(sink.describe())
                .anyMatch(o -> o.status() == Outcome.Status.FAILED && o.reason().contains("more than 5 redirects"));
        assertThat(site.requests().stream().filter(r -> r.path().startsWith("/chain/"))).hasSize(6);
    }

    @Test
    void a_redirect_is_followed_to_its_target_and_reported() {
        assertThat(reason("/moved")).isEqualTo("redirects to " + site.url("/target.html"));
        assertThat(accepted("/target.html")).isNotNull();
    }

    @Test
    void a_redirect_to_another_host_is_not_followed() {
        assertThat(reason("/redirect-away")).contains("which is not crawled");
        assertThat(sink.reason("http://localhost:" + site.port() + "/elsewhere")).contains("not among the source's"
                + " allowed hosts");
        assertThat(site.requested("/elsewhere")).isFalse();
    }

    @Test
    void endless_calendars_are_cut_off() {
        long byQuery = site.requests("/calendar").size();
        long byPath = site.requests().stream().filter(r -> r.path().startsWith("/cal/")).count();
        assertThat(byQuery).isLessThanOrEqualTo(6);
        assertThat(byPath).isLessThanOrEqualTo(6);
        assertThat(sink.withStatus(Outcome.Status.SKIPPED).values())
                .anyMatch(r -> r.contains("query variants of /calendar"))
                .anyMatch(r -> r.contains("addresses shaped like") && r.contains("/cal/0/0/"));
    }

    @Test
    void a_path_growing_by_relative_links_is_cut_off() {
        assertThat(reason("/dir/sub/sub/sub/")).contains("repeats the segment 'sub' 3 times");
        assertThat(site.requests().stream().filter(r -> r.path().startsWith("/dir/"))).hasSize(3);
    }

    @Test
    void a_page_that_does_not_answer_in_time_is_tried_once_more_at_the_end_not_while_its_host_waits() {
        assertThat(reason("/slow.html")).contains("timed out")
                .contains("failed again when tried at the end of the crawl");
        assertThat(site.requests("/slow.html")).hasSize(2);
        assertThat(reason("/slow-body.html")).contains("did not arrive in time")
                .contains("failed again when tried at the end of the crawl");
        assertThat(site.requests("/slow-body.html")).hasSize(2);
        // the host's queue went on between the two tries: a page queued after the slow one came before its retry
        List<String> paths = site.requests().stream().map(r -> r.path()).toList();
        assertThat(paths.indexOf("/slow.html")).isLessThan(paths.indexOf("/flaky.html"));
        assertThat(paths.indexOf("/flaky.html")).isLessThan(paths.lastIndexOf("/slow.html"));
    }

    @Test
    void a_transient_server_error_is_retried_and_recovers() {
        assertThat(accepted("/flaky.html")).isNotNull();
        assertThat(site.requests("/flaky.html")).hasSize(2);
        assertThat(accepted("/busy.html")).isNotNull();
        assertThat(site.requests("/busy.html")).hasSize(2);
    }

    @Test
    void a_lasting_server_error_fails_after_a_bounded_number_of_attempts() {
        assertThat(reason("/always-500.html")).isEqualTo("HTTP 500 Internal Server Error; gave up after 3 attempts");
        assertThat(site.requests("/always-500.html")).hasSize(3);
    }

    @Test
    void a_missing_page_is_skipped_as_not_found() {
        assertThat(sink.withStatus(Outcome.Status.SKIPPED)).containsEntry(site.url("/missing.html"),
                "not found (HTTP 404)");
    }

    @Test
    void a_huge_body_is_cut_at_the_limit_and_the_rest_never_read() {
        FetchedResource huge = accepted("/huge.html");
        assertThat(huge.truncated()).isTrue();
        assertThat(huge.bytes()).hasSize((int) MAX_BYTES);
        assertThat(hugeBytesWritten.get()).isLessThan(HUGE_BYTES / 4);
    }

    @Test
    void wrong_content_types_are_seen_through() {
        FetchedResource pdf = accepted("/report.html");
        assertThat(pdf.contentType()).startsWith("text/html");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(accepted("/page.bin").contentType()).isEqualTo("application/octet-stream");
        assertThat(site.requested("/from-octet.html")).isTrue();
    }

    @Test
    void bad_and_mismatched_charsets_do_not_stop_the_crawl() {
        assertThat(accepted("/latin1.html").bytes()).contains((byte) 0xe9);
        assertThat(accepted("/badcharset.html")).isNotNull();
        assertThat(accepted("/after-badcharset.html")).isNotNull();
    }

    @Test
    void a_compressed_body_is_decoded_and_a_decompression_bomb_stops_at_the_limit() {
        assertThat(new String(accepted("/gzipped.html").bytes(), StandardCharsets.UTF_8)).contains("Compressed page");
        assertThat(accepted("/after-gzip.html")).isNotNull();
        FetchedResource bomb = accepted("/bomb.html");
        assertThat(bomb.truncated()).isTrue();
        assertThat(bomb.bytes()).hasSize((int) MAX_BYTES);
    }

    @Test
    void a_page_without_a_content_type_is_still_read() {
        assertThat(accepted("/no-type.html").contentType()).isNull();
        assertThat(accepted("/after-no-type.html")).isNotNull();
    }

    @Test
    void a_body_shorter_than_announced_fails_as_truncated() {
        assertThat(reason("/truncated.html")).contains("body truncated").contains("1000 bytes of 5000 announced");
        assertThat(accepted("/truncated.html")).isNull();
    }

    @Test
    void other_schemes_and_hosts_are_reported_and_never_fetched() {
        Map<String, String> skipped = sink.withStatus(Outcome.Status.SKIPPED);
        assertThat(skipped.entrySet()).anyMatch(e -> e.getKey().startsWith("file:")
                && e.getValue().contains("not an http(s) address"));
        assertThat(skipped.get("http://other.example/page")).contains("not among the source's allowed hosts");
        assertThat(sink.reason("http://127.0.0.1:1/closed")).contains("robots.txt could not be fetched");
    }

    @Test
    void an_overlong_address_is_refused() {
        assertThat(sink.withStatus(Outcome.Status.SKIPPED).values()).anyMatch(r -> r.contains("longer than 2048"));
        assertThat(site.requested("/search")).isFalse();
    }

    @Test
    void a_private_address_is_refused_unless_the_source_allows_it(@TempDir Path other) {
        SourceConfig config = new SourceConfig("closed", SourceConfig.SourceType.WEB, null, null,
                List.of(site.url("/target.html")), null, null, null, 2, 10, MAX_BYTES, 0L, null, null, false);
        int before = site.requests().size();
        RecordingSink refused = new RecordingSink(false);
        new WebSource(config, other, LIMITS, new HtmlExtractor()).read(refused);
        assertThat(refused.accepted).isEmpty();
        assertThat(refused.reason(site.url("/target.html"))).contains("non-public address 127.0.0.1");
        assertThat(site.requests()).hasSize(before);
    }

    @Test
    void the_politeness_delay_spaces_requests_and_a_huge_crawl_delay_is_capped(@TempDir Path other)
            throws Exception {
        try (StaticSiteServer polite = StaticSiteServer.serve(other)) {
            polite.route("/robots.txt", ex -> StaticSiteServer.send(ex, 200, "text/plain",
                    "User-agent: *\nCrawl-delay: 3600\n".getBytes(StandardCharsets.UTF_8)));
            polite.route("/", ex -> StaticSiteServer.sendHtml(ex,
                    "<html><body><a href=\"/a\">a</a> <a href=\"/b\">b</a> <a href=\"/c\">c</a></body></html>"));
            polite.route("/a", ex -> StaticSiteServer.sendHtml(ex, "<html><body><p>a</p></body></html>"));
            polite.route("/b", ex -> StaticSiteServer.sendHtml(ex, "<html><body><p>b</p></body></html>"));
            polite.route("/c", ex -> StaticSiteServer.sendHtml(ex, "<html><body><p>c</p></body></html>"));
            SourceConfig config = new SourceConfig("polite", SourceConfig.SourceType.WEB, null, null,
                    List.of(polite.baseUrl()), null, null, null, 2, 10, MAX_BYTES, 0L, null, null, true);
            CrawlLimits capped = LIMITS.withRetries(0, Duration.ofMillis(10), Duration.ofMillis(100),
                    Duration.ofMillis(250));
            RecordingSink s = new RecordingSink(false);
            long t0 = System.nanoTime();
            new WebSource(config, other.resolve("data"), capped, new HtmlExtractor()).read(s);
            long took = (System.nanoTime() - t0) / 1_000_000;
            assertThat(s.accepted).hasSize(4);
            List<StaticSiteServer.Request> log = polite.requests();
            for (int i = 2; i < log.size(); i++) {
                long gapMs = (log.get(i).nanos() - log.get(i - 1).nanos()) / 1_000_000;
                assertThat(gapMs).as("gap before " + log.get(i).path()).isGreaterThanOrEqualTo(240);
            }
            assertThat(took).isLessThan(5_000);
        }
    }
}
