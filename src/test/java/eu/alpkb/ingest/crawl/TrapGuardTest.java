package eu.alpkb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrapGuardTest {
    private final TrapGuard traps = new TrapGuard(CrawlLimits.defaults().withTrapCaps(3, 4));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "http://x.org/calendar/2014/03?view=day | x.org:-1/calendar/0/0?view",
        "http://x.org/p?b=1&a=2&a=3             | x.org:-1/p?a&b",
        "http://x.org/news/item-12.html         | x.org:-1/news/item-0.html"})
    void a_shape_keeps_the_words_and_forgets_the_numbers_and_values(String url, String shape) {
        assertThat(TrapGuard.shapeOf(URI.create(url))).isEqualTo(shape);
    }

    @Test
    void addresses_of_one_shape_are_capped() {
        for (int y = 2000; y < 2003; y++) {
            assertThat(traps.check("http://x.org/cal/" + y + "/01/")).isNull();
        }
        assertThat(traps.check("http://x.org/cal/2003/01/").reason().english()).contains("shaped like x.org:-1/cal/0/0/");
        assertThat(traps.check("http://x.org/news/first-article.html")).isNull();
    }

    @Test
    void query_variants_of_one_path_are_capped() {
        TrapGuard wide = new TrapGuard(CrawlLimits.defaults().withTrapCaps(100, 4));
        String[] params = {"color=red", "size=m", "sort=asc", "page=2"};
        for (String p : params) {
            assertThat(wide.check("http://x.org/shop?" + p)).isNull();
        }
        assertThat(wide.check("http://x.org/shop?color=blue").reason().english()).contains("query variants of /shop");
        assertThat(wide.check("http://x.org/shop?size=m")).as("an address already counted").isNull();
    }

    @Test
    void repeated_segments_and_overlong_addresses_are_refused() {
        assertThat(traps.check("http://x.org/2014/01/01/")).isNull();
        assertThat(traps.check("http://x.org/a/b/a/b/a/").reason().english()).contains("repeats the segment 'a' 3 times");
        assertThat(traps.check("http://x.org/" + "x".repeat(3000)).reason().english()).contains("longer than 2048");
        assertThat(traps.check("http://x.org" + "/s".repeat(40) + "x").reason().english()).contains("deeper than");
    }
}
