package eu.alpkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.Services;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated searches are answered from the cache, and never with an answer from before the index changed. */
class ResultCacheTest {
    @TempDir
    Path tmp;

    static void page(Path dir, String name, String title) throws Exception {
        Files.writeString(dir.resolve(name), "<!doctype html><html lang=\"en\"><head><title>" + title + "</title>"
                + "</head><body><article><h1>" + title + "</h1><p>Cluster managers met in Verbania to plan joint"
                + " actions on renewable energy and hydropower.</p></article></body></html>");
    }

    static SearchRequest verbania(int page) {
        return new SearchRequest("Verbania hydropower", Map.of("lang", List.of("en")), null, null,
                SearchRequest.Sort.RELEVANCE, page, 1, "en");
    }

    @Test
    void a_repeated_search_is_answered_from_the_cache_until_the_index_changes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pages"));
        page(dir, "a.html", "Hydropower in Verbania");
        page(dir, "b.html", "Verbania energy day");
        try (Services services = new Services(ConfigLoader.load(TestConfigs.withSources(tmp,
                TestConfigs.folderSource("p", dir))), tmp.resolve("data"), null)) {
            services.indexer().run(services.sources().configured(null), Indexer.Mode.FULL, Progress.NONE, () -> false);
            SearchIndex search = services.reader();

            SearchResult first = search.search(verbania(1));
            SearchResult again = search.search(verbania(1));
            assertThat(again.total()).isEqualTo(2);
            assertThat(again.hits()).isEqualTo(first.hits());
            assertThat(again.facets()).isEqualTo(first.facets());
            assertThat(search.cacheStats().hits()).isEqualTo(1);
            assertThat(search.cacheStats().misses()).isEqualTo(1);

            SearchResult second = search.search(verbania(2)); // another page is another answer
            assertThat(second.hits()).doesNotContainAnyElementsOf(first.hits());
            assertThat(search.cacheStats().misses()).isEqualTo(2);

            page(dir, "c.html", "Verbania hydropower follow-up");
            services.indexer().run(services.sources().configured(null), Indexer.Mode.INCREMENTAL, Progress.NONE,
                    () -> false);
            SearchResult after = search.search(verbania(1));
            assertThat(after.total()).isEqualTo(3);
            assertThat(after.facets().get("lang")).singleElement().satisfies(v -> assertThat(v.count()).isEqualTo(3));
            assertThat(search.cacheStats().size()).isEqualTo(1); // answers of the old reader are gone
        }
    }
}
