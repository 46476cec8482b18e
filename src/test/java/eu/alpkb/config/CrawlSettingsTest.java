package eu.alpkb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.alpkb.TestConfigs;
import eu.alpkb.ingest.crawl.CrawlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlSettingsTest {
    @TempDir
    Path tmp;

    private Config withCrawl(String crawlYaml) throws Exception {
        Path config = TestConfigs.withSources(tmp, "");
        Path yaml = config.resolve("alpkb.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "crawl:\n" + crawlYaml);
        return ConfigLoader.load(config);
    }

    @Test
    void the_bundled_file_writes_out_exactly_the_crawlers_defaults() {
        CrawlSettings bundled = ConfigLoader.load(TestConfigs.PROJECT_CONFIG).service().crawl();
        assertThat(CrawlLimits.of(bundled)).isEqualTo(CrawlLimits.defaults());
        assertThat(bundled.maxSegmentRepeats()).as("every value is written out").isNotNull();
    }

    @Test
    void trap_caps_and_timeouts_set_in_the_file_reach_the_crawler() throws Exception {
        CrawlLimits limits = CrawlLimits.of(withCrawl("  maxSegmentRepeats: 5\n  maxUrlsPerShape: 40\n"
                + "  responseTimeoutSeconds: 7\n  maxRetries: 0\n").service().crawl());
        assertThat(limits.maxSegmentRepeats()).isEqualTo(5);
        assertThat(limits.maxUrlsPerShape()).isEqualTo(40);
        assertThat(limits.responseTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(limits.maxRetries()).isZero();
        assertThat(limits.maxPathSegments()).isEqualTo(CrawlLimits.DEFAULT_MAX_PATH_SEGMENTS);
    }

    @Test
    void a_value_out_of_range_stops_the_start_naming_the_field() {
        assertThatThrownBy(() -> withCrawl("  maxSegmentRepeats: 1\n"))
                .hasMessageContaining("crawl.maxSegmentRepeats").hasMessageContaining("between 2 and");
    }

    @Test
    void an_unknown_crawl_setting_is_refused_with_its_name() {
        assertThatThrownBy(() -> withCrawl("  maxSegmentRepeat: 4\n")).hasMessageContaining("maxSegmentRepeat");
    }
}
