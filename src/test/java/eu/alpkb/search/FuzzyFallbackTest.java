package eu.alpkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the typo-tolerant search runs: only for a word the index does not know. */
class FuzzyFallbackTest {
    @TempDir
    static Path tmp;
    static Services services;

    @BeforeAll
    static void index() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pages"));
        SearchServiceTest.page(dir, "a.html", "2013-11-19", "Plastics meeting in Linz", "Plastics companies of Upper"
                + " Austria met in Linz.");
        SearchServiceTest.page(dir, "b.html", "2016-04-12", "Timber builders meet", "Timber builders from Lienz met"
                + " architects.");
        services = SearchServiceTest.indexed(tmp, dir);
    }

    @AfterAll
    static void close() throws Exception {
        services.close();
    }

    private static SearchResult since2015(String q) {
        return services.reader().search(new SearchRequest(q, Map.of(), LocalDate.of(2015, 1, 1), null,
                SearchRequest.Sort.RELEVANCE, 1, 10, "en"));
    }

    @Test
    void words_spelt_right_that_find_nothing_with_the_filters_are_not_fuzzed() {
        // "Linz" is a word of the index: the dates leave no page with it, and Lienz, a letter away, is another town
        SearchResult r = since2015("Linz");
        assertThat(r.total()).isZero();
        assertThat(r.fuzzy()).isFalse();
    }

    @Test
    void a_word_the_index_does_not_know_is() {
        SearchResult typo = since2015("Lenz");
        assertThat(typo.fuzzy()).isTrue();
        assertThat(typo.hits()).extracting(SearchHit::title).containsExactly("Timber builders meet");
    }

    @Test
    void a_typo_among_words_is_mended_before_settling_for_some_of_the_words() {
        SearchResult r = services.reader().search(new SearchRequest("plastiks Linz", Map.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 1, 10, "en"));
        assertThat(r.fuzzy()).isTrue();
        assertThat(r.notice()).isNull();
        assertThat(r.hits()).extracting(SearchHit::title).containsExactly("Plastics meeting in Linz");
        assertThat(r.suggestion()).isEqualTo("plastics Linz");
    }
}
