package eu.alpkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.ingest.crawl.StaticSiteServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code crawl URL} and {@code index --from-archive} as a user runs them, exit codes included. */
class CrawlCommandTest {
    @TempDir
    static Path tmp;
    static StaticSiteServer site;
    static Path config;

    @BeforeAll
    static void start() throws Exception {
        site = StaticSiteServer.serve(Paths.get("src/test/resources/crawl/site"), TestConfigs.PAGES)
                .rewriting("https://www.alpclusters2020.eu/");
        config = TestConfigs.withSources(tmp, "  []\n");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Runs the command line and returns its exit code and what it printed. */
    static String[] run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new String[] {Integer.toString(code), buffer.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void crawl_indexes_a_local_site_and_the_archive_rebuilds_it() {
        Path data = tmp.resolve("data");
        String[] crawl = run("crawl", site.baseUrl(), "--max-pages", "20", "--max-depth", "3", "--delay-ms", "0",
                "--config", config.toString(), "--data", data.toString());
        assertThat(crawl[0]).as(crawl[1]).isEqualTo("0");
        assertThat(crawl[1]).contains("as source '127-0-0-1'").contains("7 added")
                .contains("skipped\t" + site.url("/private/secret.html") + "\tdisallowed by robots.txt")
                .contains("7 documents in the index");
        assertThat(Files.isDirectory(data.resolve("warc/127-0-0-1"))).isTrue();
        assertThat(Files.isRegularFile(data.resolve("crawl/127-0-0-1.json"))).isTrue();

        String[] again = run("crawl", site.baseUrl(), "--delay-ms", "0", "--config", config.toString(), "--data",
                data.toString());
        assertThat(again[0]).isEqualTo("0");
        assertThat(again[1]).contains("7 unchanged");

        int before = site.requests().size();
        String[] rebuild = run("index", "--from-archive", "--config", config.toString(), "--data", data.toString());
        assertThat(rebuild[0]).as(rebuild[1]).isEqualTo("0");
        assertThat(rebuild[1]).contains("web archive of 127-0-0-1").contains("7 documents in the index");
        assertThat(site.requests()).hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/", "file:///etc/passwd", "not a url", "http:///no-host"})
    void crawl_refuses_anything_but_an_http_url(String url) {
        assertThat(run("crawl", url, "--config", config.toString(), "--data", tmp.resolve("x").toString())[0])
                .isEqualTo("2");
    }

    @Test
    void crawl_refuses_impossible_limits() {
        assertThat(run("crawl", site.baseUrl(), "--max-pages", "0", "--config", config.toString())[0]).isEqualTo("2");
        assertThat(run("crawl", site.baseUrl(), "--max-depth", "-1", "--config", config.toString())[0])
                .isEqualTo("2");
    }

    @Test
    void index_from_archive_without_an_archive_fails() {
        assertThat(run("index", "--from-archive", "--config", config.toString(), "--data",
                tmp.resolve("empty").toString())[0]).isEqualTo("1");
    }
}
