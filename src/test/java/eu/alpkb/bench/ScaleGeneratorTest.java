package eu.alpkb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.extract.ExtractedDocument;
import eu.alpkb.extract.HtmlExtractor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScaleGeneratorTest {
    private static ScaleGenerator generator;

    @BeforeAll
    static void load() throws Exception {
        generator = ScaleGenerator.withProjectVocabularies(7);
    }

    @Test
    void the_same_seed_gives_the_same_articles_and_pages_in_any_order() throws Exception {
        ScaleGenerator again = ScaleGenerator.withProjectVocabularies(7);
        for (int i = 199; i >= 0; i--) { // backwards: an article must not depend on the ones before it
            assertThat(again.article(i)).isEqualTo(generator.article(i));
            assertThat(again.html(again.article(i))).isEqualTo(generator.html(generator.article(i)));
            assertThat(again.extracted(i)).isEqualTo(generator.extracted(i));
        }
        assertThat(again.documents(50).toList()).isEqualTo(generator.documents(50).toList());
    }

    @Test
    void another_seed_gives_other_articles() throws Exception {
        ScaleGenerator other = ScaleGenerator.withProjectVocabularies(8);
        int same = 0;
        for (int i = 0; i < 100; i++) {
            if (other.article(i).text().equals(generator.article(i).text())) {
                same++;
            }
        }
        assertThat(same).isZero();
    }

    @Test
    void languages_follow_the_intended_mix_with_english_at_about_sixty_percent() {
        int n = 5000;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            counts.merge(generator.article(i).lang(), 1, Integer::sum);
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrder("en", "it", "de", "fr");
        assertThat(counts.get("en") / (double) n).isBetween(0.56, 0.64);
        for (String lang : List.of("it", "de", "fr")) {
            assertThat(counts.get(lang) / (double) n).as(lang).isBetween(0.09, 0.18);
        }
    }

    @Test
    void lengths_spread_like_real_articles_between_the_bounds() {
        int n = 3000;
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = generator.article(i).words();
        }
        Arrays.sort(words);
        assertThat(words[0]).isGreaterThanOrEqualTo(120);
        assertThat(words[n - 1]).isLessThanOrEqualTo(900);
        assertThat(words[n / 2]).isBetween(260, 400);
        assertThat(words[n / 10]).isLessThan(words[n / 2] - 60); // a real spread, not one length for all
        assertThat(words[n * 9 / 10]).isGreaterThan(words[n / 2] + 60);
    }

    @Test
    void every_type_and_year_occurs_and_nearly_every_article_names_a_region_and_an_organisation() {
        java.util.Set<String> types = new java.util.HashSet<>();
        java.util.Set<Integer> years = new java.util.HashSet<>();
        int withRegion = 0;
        int withOrg = 0;
        for (int i = 0; i < 2000; i++) {
            ScaleGenerator.Article a = generator.article(i);
            types.add(a.type());
            years.add(a.date().getYear());
            withRegion += a.regions().isEmpty() ? 0 : 1;
            withOrg += a.orgs().isEmpty() ? 0 : 1;
        }
        assertThat(withRegion).isGreaterThan(1900);
        assertThat(withOrg).isGreaterThan(1800);
        assertThat(types).containsExactlyInAnyOrder(ScaleGenerator.TYPES);
        assertThat(years).hasSize(17).allMatch(y -> y >= 2008 && y <= 2024);
    }

    @Test
    void generated_pages_extract_to_the_articles_title_date_and_language_without_boilerplate() throws Exception {
        HtmlExtractor extractor = new HtmlExtractor();
        for (int i = 0; i < 60; i++) { // covers every site, hence every layout
            ScaleGenerator.Article a = generator.article(i);
            ExtractedDocument d = extractor.extract(a.url(), generator.html(a).getBytes(StandardCharsets.UTF_8),
                    null);
            assertThat(d.title()).as(a.url()).isEqualTo(a.title());
            assertThat(d.date()).as(a.url()).isEqualTo(a.date());
            assertThat(d.declaredLang()).isEqualTo(a.lang());
            assertThat(d.text()).as(a.url()).contains(a.paragraphs().get(1))
                    .doesNotContain("cookies", "Cookies", "Legal notice", "Co-financed by the European Regional");
        }
    }
}
