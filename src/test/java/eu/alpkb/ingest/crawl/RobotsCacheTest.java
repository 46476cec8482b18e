package eu.alpkb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsCacheTest {
    static final String URL = "http://x.org/robots.txt";
    static final Duration CAP = Duration.ofSeconds(10);

    static FetchResult response(int status, String body) {
        return new FetchResult(URI.create(URL), status, Map.of("Content-Type", List.of("text/plain")),
                body.getBytes(StandardCharsets.UTF_8), BodyEnd.COMPLETE, Instant.now(), null, false, 1, null);
    }

    @Test
    void rules_for_our_agent_win_over_the_wildcard() {
        RobotsCache.Robots r = RobotsCache.interpret(URL, response(200, """
                User-agent: *
                Disallow: /

                User-agent: alpkb-crawler
                Disallow: /private/
                Crawl-delay: 2
                Sitemap: http://x.org/map.xml
                """), RobotsCache.agentToken("alpkb-crawler/0.1 (+archive search)"), CAP);
        assertThat(r.allows("http://x.org/news/")).isTrue();
        assertThat(r.allows("http://x.org/private/a.html")).isFalse();
        assertThat(r.crawlDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(r.sitemaps()).containsExactly("http://x.org/map.xml");
    }

    @Test
    void a_huge_crawl_delay_is_capped_instead_of_shutting_the_site() {
        RobotsCache.Robots r = RobotsCache.interpret(URL, response(200, "User-agent: *\nCrawl-delay: 86400\n"),
                "alpkb-crawler", CAP);
        assertThat(r.crawlDelay()).isEqualTo(CAP);
        assertThat(r.allows("http://x.org/")).isTrue();
    }

    @ParameterizedTest(name = "HTTP {0}: allows all {1}, unreachable {2}")
    @CsvSource({"404, true, false", "403, true, false", "410, true, false", "500, false, true", "503, false, true",
        "429, false, true"})
    void a_robots_txt_that_cannot_be_read_follows_rfc_9309(int status, boolean allowsAll, boolean unreachable) {
        RobotsCache.Robots r = RobotsCache.interpret(URL, response(status, "oops"), "alpkb-crawler", CAP);
        assertThat(r.allows("http://x.org/page")).isEqualTo(allowsAll);
        assertThat(r.unreachable() != null).isEqualTo(unreachable);
    }

    @Test
    void no_answer_at_all_means_no_crawling_for_now() {
        RobotsCache.Robots r = RobotsCache.interpret(URL,
                FetchResult.noResponse(URI.create(URL), Instant.now(),
                        eu.alpkb.ingest.Reason.of("connectionRefused", "connection refused"), true), "a", CAP);
        assertThat(r.unreachable().english()).contains("connection refused");
        assertThat(r.unreachable().code()).isEqualTo("robotsNotFetched+connectionRefused+siteWaitsForRobots");
        assertThat(r.allows("http://x.org/")).isFalse();
    }
}
