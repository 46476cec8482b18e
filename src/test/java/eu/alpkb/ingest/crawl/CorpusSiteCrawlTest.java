package eu.alpkb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.extract.HtmlExtractor;
import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled archive served as the web site it once was: crawling it must find every document the folder source
 * reads, and nothing robots.txt forbids.
 */
class CorpusSiteCrawlTest {
    static final Path CORPUS = Paths.get("corpus/site");

    @Test
    void crawling_the_bundled_site_finds_every_document_of_the_folder(@TempDir Path data) throws IOException {
        assertThat(CORPUS.resolve("robots.txt")).as("the bundled site under corpus/site").isRegularFile();
        try (StaticSiteServer site = StaticSiteServer.serve(CORPUS).rewriting("https://www.alpclusters2020.eu/")) {
            SourceConfig config = new SourceConfig("corpus", SourceConfig.SourceType.WEB, null, null,
                    List.of(site.baseUrl()), null, null, null, 20, 5000, null, 0L, null, null, true);
            RecordingSink sink = new RecordingSink(false);
            new WebSource(config, data, CrawlLimits.defaults(), new HtmlExtractor()).read(sink);

            Set<String> delivered = sink.accepted.keySet().stream().map(u -> u.substring(site.baseUrl().length() - 1))
                    .map(p -> p.endsWith("/") ? p + "index.html" : p).collect(Collectors.toSet());
            try (Stream<Path> files = Files.walk(CORPUS)) {
                List<String> documents = files.filter(Files::isRegularFile)
                        .map(f -> "/" + CORPUS.relativize(f).toString().replace('\\', '/'))
                        .filter(p -> !p.startsWith("/assets/") && !p.startsWith("/private/")
                                && !p.equals("/robots.txt") && !p.equals("/sitemap.xml"))
                        .toList();
                assertThat(delivered).as(sink.describe()).containsAll(documents);
            }
            assertThat(site.requested("/private/")).isFalse();
            assertThat(sink.withStatus(Outcome.Status.FAILED)).isEmpty();
        }
    }
}
