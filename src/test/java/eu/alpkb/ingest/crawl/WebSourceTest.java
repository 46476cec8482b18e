package eu.alpkb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.extract.HtmlExtractor;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.ArchiveSource;
import eu.alpkb.ingest.Outcome;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A small well-behaved site (the test pages plus robots.txt, a sitemap, canonical and tracking links), crawled once
 * for most tests; the incremental tests crawl it again into their own data folders.
 */
class WebSourceTest {
    static final Path SITE = Paths.get("src/test/resources/crawl/site");
    static final String PUBLIC_BASE = "https://www.alpclusters2020.eu/";
    static final CrawlLimits LIMITS = CrawlLimits.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
            .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofMillis(100))
            // Small files, so that the crawl of a few pages already spreads over several of them.
            .withWarcFileBytes(4096);

    @TempDir
    static Path data;
    static StaticSiteServer site;
    static RecordingSink first;
    static List<StaticSiteServer.Request> firstRequests;

    @BeforeAll
    static void crawlOnce() throws Exception {
        site = StaticSiteServer.serve(SITE, TestConfigs.PAGES).rewriting(PUBLIC_BASE);
        first = crawl(data, false);
        firstRequests = site.requests();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static SourceConfig config() {
        return new SourceConfig("site", SourceConfig.SourceType.WEB, null, null, List.of(site.baseUrl()), null, null,
                null, 5, 100, 1024L * 1024, 0L, null, null, true);
    }

    static RecordingSink crawl(Path dataDir, boolean incremental) {
        RecordingSink sink = new RecordingSink(incremental);
        new WebSource(config(), dataDir, LIMITS, new HtmlExtractor()).read(sink);
        return sink;
    }

    static Set<String> goodPages() {
        return Set.of(site.baseUrl(), site.url("/news/"), site.url("/about.html"),
                site.url("/news/alpcafe-stuttgart.html"), site.url("/news/plastipolis-seminaire.html"),
                site.url("/news/minutes.txt"), site.url("/interviews/interview-piunti.html"));
    }

    @Test
    void every_good_page_is_delivered_once_under_its_normal_address() {
        assertThat(first.accepted.keySet()).as(first.describe()).containsExactlyInAnyOrderElementsOf(goodPages());
        assertThat(first.withStatus(Outcome.Status.FAILED)).isEmpty();
    }

    @Test
    void the_crawl_says_how_many_addresses_are_still_queued_until_none_are() {
        assertThat(first.queued).isNotEmpty();
        assertThat(first.queued).anyMatch(n -> n > 0);
        assertThat(first.queued.get(first.queued.size() - 1)).isZero();
        assertThat(first.queued).allMatch(n -> n >= 0);
    }

    @Test
    void the_folder_disallowed_by_robots_txt_is_never_requested() {
        assertThat(firstRequests).noneMatch(r -> r.path().startsWith("/private/"));
        assertThat(first.reason(site.url("/private/secret.html"))).isEqualTo("disallowed by robots.txt");
    }

    @Test
    void tracking_parameters_and_session_ids_never_reach_the_server() {
        assertThat(firstRequests).noneMatch(r -> r.target().contains("utm_") || r.target().contains("sid")
                || r.target().contains("SESSID") || r.target().contains("jsessionid"));
        for (String page : goodPages()) {
            String path = page.substring(site.baseUrl().length() - 1);
            assertThat(firstRequests.stream().filter(r -> r.path().equals(path))).as(path).hasSize(1);
        }
    }

    @Test
    void a_page_gives_way_to_its_canonical_address() {
        String print = site.url("/news/alpcafe-stuttgart-print.html");
        assertThat(first.reason(print)).isEqualTo("duplicate of its canonical address "
                + site.url("/news/alpcafe-stuttgart.html"));
        assertThat(first.accepted).doesNotContainKey(print);
    }

    @Test
    void links_to_other_hosts_are_reported_once_per_host_and_mail_links_ignored() {
        assertThat(first.reason("https://facebook.example/alpclusters")).isEqualTo("host facebook.example is not"
                + " among the source's allowed hosts; further links to it are not reported");
        assertThat(first.outcomes).filteredOn(o -> o.url().contains("facebook.example")).hasSize(1);
        assertThat(first.outcomes).noneMatch(o -> o.url().startsWith("mailto:"));
    }

    @Test
    void pages_listed_only_in_the_sitemap_are_found() {
        assertThat(first.accepted).containsKey(site.url("/interviews/interview-piunti.html"));
        assertThat(firstRequests.stream().filter(r -> r.path().equals("/robots.txt"))).hasSize(1);
        assertThat(firstRequests.stream().filter(r -> r.path().equals("/sitemap.xml"))).hasSize(1);
    }

    @Test
    void requests_name_the_crawler() {
        assertThat(firstRequests).allMatch(r -> SourceConfig.DEFAULT_USER_AGENT.equals(r.header("User-Agent")));
    }

    @Test
    void every_response_is_archived_with_its_request_in_rotated_gzip_files() throws Exception {
        List<Path> files = ArchiveReader.files(WebSource.archiveDir(data, "site"));
        assertThat(files).hasSizeGreaterThan(1).allMatch(f -> f.getFileName().toString().endsWith(".warc.gz"));
        List<String> responses = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (Path f : files) {
            try (WarcReader reader = new WarcReader(f)) {
                for (WarcRecord r : reader) {
                    if (r instanceof WarcResponse resp) {
                        responses.add(resp.target());
                        assertThat(resp.http().status()).isPositive();
                    } else if (r instanceof WarcRequest req) {
                        requests.add(req.target());
                        assertThat(req.http().headers().first("User-Agent")).isPresent();
                    }
                }
            }
        }
        assertThat(responses).hasSize(firstRequests.size()).containsAll(goodPages())
                .contains(site.url("/robots.txt"), site.url("/sitemap.xml"));
        assertThat(requests).containsExactlyInAnyOrderElementsOf(responses);
    }

    @Test
    void the_archive_replays_the_delivered_pages_without_the_network() throws Exception {
        int before = site.requests().size();
        List<ArchiveSource> archives = ArchiveSource.all(data.resolve("warc"), 1024 * 1024, new HtmlExtractor());
        assertThat(archives).extracting(ArchiveSource::name).containsExactly("site");
        RecordingSink replay = new RecordingSink(false);
        archives.get(0).read(replay);
        assertThat(replay.accepted.keySet()).as(replay.describe()).containsExactlyInAnyOrderElementsOf(goodPages());
        for (String url : goodPages()) {
            assertThat(replay.accepted.get(url).bytes()).as(url).isEqualTo(first.accepted.get(url).bytes());
        }
        assertThat(replay.reason(site.url("/news/alpcafe-stuttgart-print.html"))).startsWith("duplicate of its");
        assertThat(site.requests()).hasSize(before);
    }

    @Test
    void the_page_limit_ends_the_crawl_and_reports_what_was_left(@TempDir Path own) {
        SourceConfig config = new SourceConfig("limited", SourceConfig.SourceType.WEB, null, null,
                List.of(site.baseUrl()), null, null, null, 5, 3, 1024L * 1024, 0L, null, null, true);
        int mark = site.requests().size();
        RecordingSink sink = new RecordingSink(false);
        new WebSource(config, own, LIMITS, new HtmlExtractor()).read(sink);
        List<StaticSiteServer.Request> made = site.requests().subList(mark, site.requests().size());
        assertThat(made).filteredOn(r -> !r.path().equals("/robots.txt") && !r.path().equals("/sitemap.xml"))
                .hasSize(3);
        assertThat(sink.accepted).hasSize(3);
        assertThat(sink.withStatus(Outcome.Status.SKIPPED).values())
                .anyMatch(r -> r.equals("not fetched: the source's limit of 3 pages per run was reached"));
    }

    @Test
    void include_patterns_choose_what_is_fetched_and_exclude_patterns_win(@TempDir Path own) {
        SourceConfig config = new SourceConfig("patterns", SourceConfig.SourceType.WEB, null, null,
                List.of(site.baseUrl()), null, List.of("/news/"), List.of("minutes\\.txt$"), 5, 100, 1024L * 1024,
                0L, null, null, true);
        int mark = site.requests().size();
        RecordingSink sink = new RecordingSink(false);
        new WebSource(config, own, LIMITS, new HtmlExtractor()).read(sink);
        assertThat(sink.accepted.keySet()).as(sink.describe()).containsExactlyInAnyOrder(site.baseUrl(),
                site.url("/news/"), site.url("/news/alpcafe-stuttgart.html"),
                site.url("/news/plastipolis-seminaire.html"));
        assertThat(sink.reason(site.url("/about.html"))).isEqualTo("matches none of the source's include patterns");
        assertThat(sink.reason(site.url("/news/minutes.txt"))).isEqualTo("excluded by the source's pattern"
                + " minutes\\.txt$");
        assertThat(site.requests().subList(mark, site.requests().size()))
                .noneMatch(r -> r.path().equals("/about.html") || r.path().endsWith("minutes.txt"));
    }

    @Test
    void a_second_incremental_run_asks_conditionally_and_gets_304s(@TempDir Path own) {
        RecordingSink one = crawl(own, true);
        assertThat(one.accepted.keySet()).containsExactlyInAnyOrderElementsOf(goodPages());
        int mark = site.requests().size();

        RecordingSink two = crawl(own, true);
        List<StaticSiteServer.Request> second = site.requests().subList(mark, site.requests().size());
        assertThat(two.accepted).as(two.describe()).isEmpty();
        assertThat(two.unchanged).containsExactlyInAnyOrderElementsOf(goodPages());
        assertThat(two.reason(site.url("/news/alpcafe-stuttgart-print.html"))).startsWith("duplicate of its");
        Set<String> conditional = second.stream().filter(r -> r.header("If-None-Match") != null)
                .map(StaticSiteServer.Request::path).collect(Collectors.toSet());
        assertThat(conditional).contains("/", "/news/", "/interviews/interview-piunti.html");

        int mark2 = site.requests().size();
        RecordingSink full = crawl(own, false);
        assertThat(full.accepted.keySet()).containsExactlyInAnyOrderElementsOf(goodPages());
        assertThat(site.requests().subList(mark2, site.requests().size()))
                .allMatch(r -> r.header("If-None-Match") == null && r.header("If-Modified-Since") == null);
    }
}
