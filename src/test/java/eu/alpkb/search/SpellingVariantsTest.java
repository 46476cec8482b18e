package eu.alpkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** British and American spellings of English "-ise" words find each other, without the typo search. */
class SpellingVariantsTest {
    @TempDir
    static Path tmp;
    static Services services;

    @BeforeAll
    static void index() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pages"));
        SearchServiceTest.page(dir, "a.html", "2014-03-10", "Workshops for small firms",
                "The cluster organised three workshops and digitalised its services for members.");
        SearchServiceTest.page(dir, "b.html", "2014-06-02", "A lab for robots",
                "The network modernized its test lab and organizes visits for schools.");
        SearchServiceTest.page(dir, "c.html", "2014-07-02", "Timber builders meet",
                "Timber builders from Lienz met architects.");
        services = SearchServiceTest.indexed(tmp, dir);
    }

    @AfterAll
    static void close() throws Exception {
        services.close();
    }

    private static List<String> titles(String q) {
        SearchResult r = services.reader().search(new SearchRequest(q, Map.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 1, 10, "en"));
        assertThat(r.fuzzy()).as(q).isFalse();
        return r.hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void an_american_spelling_finds_the_british_and_the_british_the_american() {
        assertThat(titles("digitalized services")).containsExactly("Workshops for small firms");
        assertThat(titles("modernised lab")).containsExactly("A lab for robots");
        assertThat(titles("organise")).containsExactlyInAnyOrder("Workshops for small firms", "A lab for robots");
    }
}
