package eu.alpkb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.extract.HtmlExtractor;
import eu.alpkb.Services;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.ingest.ArchiveSource;
import eu.alpkb.ingest.Outcome;
import eu.alpkb.ingest.Source;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import eu.alpkb.pipeline.RunReport;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path from a web site to search answers: a configured web source, the services wired as the command
 * line wires them, the indexer's full and incremental runs, and a rebuild from the archive. The steps build on
 * each other, in order, like a site's life: first crawl, nothing changed, a page removed, a rebuild, an outage.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrawlEndToEndTest {
    @TempDir
    static Path tmp;
    static StaticSiteServer site;
    static Services services;
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        site = StaticSiteServer.serve(WebSourceTest.SITE, TestConfigs.PAGES).rewriting(WebSourceTest.PUBLIC_BASE);
        Path config = TestConfigs.withSources(tmp, """
                  - name: testsite
                    type: web
                    startUrls: ["%s"]
                    maxDepth: 4
                    delayMs: 0
                    allowPrivateAddresses: true
                """.formatted(site.baseUrl()));
        data = tmp.resolve("data");
        services = new Services(ConfigLoader.load(config), data,
                (sc, reader) -> new WebSource(sc, data, WebSourceTest.LIMITS, reader));
    }

    @AfterAll
    static void stop() throws Exception {
        services.close();
        site.close();
    }

    static RunReport run(List<Source> sources, Indexer.Mode mode) throws Exception {
        return services.indexer().run(sources, mode, Progress.NONE, () -> false);
    }

    static RunReport crawl() throws Exception {
        return run(services.sources().configured(null), Indexer.Mode.INCREMENTAL);
    }

    static SearchResult search(String q) {
        return services.reader().search(new SearchRequest(q, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1,
                10, "en"));
    }

    static List<String> reasons(RunReport report, Outcome.Status status) {
        List<String> out = new ArrayList<>();
        report.outcomes().stream().filter(o -> o.status() == status).forEach(o -> out.add(o.url() + ": "
                + o.reason()));
        return out;
    }

    @Test
    @Order(1)
    void a_crawled_page_is_found_by_search() throws Exception {
        RunReport report = crawl();
        assertThat(report.completed()).isTrue();
        assertThat(report.added()).as(report.outcomes().toString()).isEqualTo(7);
        assertThat(report.failed()).isZero();
        SearchResult result = search("stuttgart cluster managers");
        assertThat(result.total()).isPositive();
        assertThat(result.hits().get(0).url()).isEqualTo(site.url("/news/alpcafe-stuttgart.html"));
        assertThat(result.hits().get(0).title()).isEqualTo("AlpCafé in Stuttgart: cluster services for SMEs");
        assertThat(search("budget figures partnership").hits()).as("robots.txt keeps it out")
                .noneMatch(h -> h.url().contains("/private/"));
        assertThat(services.store().documentCount()).isEqualTo(7);
    }

    @Test
    @Order(2)
    void an_unchanged_site_is_answered_with_304s_and_nothing_is_reindexed() throws Exception {
        int mark = site.requests().size();
        RunReport report = crawl();
        assertThat(report.unchanged()).isEqualTo(7);
        assertThat(report.added() + report.updated() + report.deleted() + report.failed()).isZero();
        assertThat(site.requests().subList(mark, site.requests().size()))
                .filteredOn(r -> r.path().endsWith(".html")).isNotEmpty()
                .allMatch(r -> r.header("If-None-Match") != null);
        assertThat(services.store().documentCount()).isEqualTo(7);
    }

    @Test
    @Order(3)
    void a_page_gone_from_the_site_is_removed_from_the_index() throws Exception {
        site.route("/news/minutes.txt", ex -> StaticSiteServer.send(ex, 404, "text/plain",
                "gone".getBytes(StandardCharsets.UTF_8)));
        RunReport report = crawl();
        assertThat(report.deleted()).isEqualTo(1);
        assertThat(reasons(report, Outcome.Status.SKIPPED)).contains(site.url("/news/minutes.txt")
                + ": not found (HTTP 404)");
        assertThat(search("\"partner meeting\" Linz").hits()).noneMatch(h -> h.url().endsWith("minutes.txt"));
        assertThat(services.store().documentCount()).isEqualTo(6);
    }

    @Test
    @Order(4)
    void the_index_is_rebuilt_from_the_archive_without_the_site() throws Exception {
        int before = site.requests().size();
        List<Source> archives = new ArrayList<>(ArchiveSource.all(data.resolve("warc"), 1024 * 1024,
                new HtmlExtractor()));
        RunReport report = run(archives, Indexer.Mode.FULL);
        assertThat(report.completed()).isTrue();
        assertThat(report.added() + report.updated() + report.unchanged()).as(report.outcomes().toString())
                .isEqualTo(6);
        assertThat(report.failed()).isZero();
        assertThat(services.store().documentCount()).isEqualTo(6);
        assertThat(search("stuttgart cluster managers").hits().get(0).url())
                .isEqualTo(site.url("/news/alpcafe-stuttgart.html"));
        assertThat(site.requests()).hasSize(before);
    }

    @Test
    @Order(5)
    void a_site_that_is_down_keeps_its_documents() throws Exception {
        site.close();
        RunReport report = crawl();
        assertThat(report.completed()).isTrue();
        assertThat(report.deleted()).as(report.outcomes().toString()).isZero();
        assertThat(reasons(report, Outcome.Status.FAILED)).isNotEmpty()
                .allMatch(r -> r.contains("robots.txt could not be fetched"));
        assertThat(services.store().documentCount()).isEqualTo(6);
    }
}
