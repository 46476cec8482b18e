package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grades extraction and enrichment on the bundled archive against its answer key: precision and recall of region
 * and sector tags, accuracy of type, date and language. The thresholds are the level reached; a change that lowers
 * any figure fails here.
 */
class EnrichmentQualityTest {
    static final double REGION_PRECISION = 0.97;
    static final double REGION_RECALL = 0.98;
    static final double SECTOR_PRECISION = 0.93;
    static final double SECTOR_RECALL = 0.86;
    static final double TYPE_ACCURACY = 0.94;
    static final double DATE_ACCURACY = 0.99;
    static final double LANG_ACCURACY = 0.99;

    static final List<ArchiveRun.Graded> graded = new ArrayList<>();

    @BeforeAll
    static void enrichTheArchive() throws Exception {
        graded.addAll(ArchiveRun.enrich().graded());
    }

    /** Micro-averaged precision and recall over all documents. */
    record Scores(int truePositives, int predicted, int expected) {
        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }
    }

    static Scores score(boolean regions) {
        int tp = 0;
        int predicted = 0;
        int expected = 0;
        for (ArchiveRun.Graded g : graded) {
            Set<String> want = new HashSet<>(regions ? g.item().regions() : g.item().sectors());
            Set<String> got = new HashSet<>();
            (regions ? g.enriched().regions() : g.enriched().sectors()).forEach(t -> got.add(t.id()));
            Set<String> hit = new HashSet<>(got);
            hit.retainAll(want);
            tp += hit.size();
            predicted += got.size();
            expected += want.size();
            if (!got.equals(want)) {
                System.out.printf("  %-8s %-60s expected %s got %s%s%n", regions ? "region" : "sector",
                        g.item().path(), want, got, regions ? " mentions " + g.enriched().mentions() : "");
            }
        }
        return new Scores(tp, predicted, expected);
    }

    @Test
    void every_indexed_item_of_the_answer_key_was_graded() {
        assertThat(graded).hasSizeGreaterThanOrEqualTo(120);
    }

    @Test
    void region_tags_are_precise_and_complete() {
        Scores s = score(true);
        System.out.printf("regions: precision %.3f, recall %.3f over %d documents%n", s.precision(), s.recall(),
                graded.size());
        assertThat(s.precision()).isGreaterThanOrEqualTo(REGION_PRECISION);
        assertThat(s.recall()).isGreaterThanOrEqualTo(REGION_RECALL);
    }

    @Test
    void sector_tags_are_precise_and_complete() {
        Scores s = score(false);
        System.out.printf("sectors: precision %.3f, recall %.3f over %d documents%n", s.precision(), s.recall(),
                graded.size());
        assertThat(s.precision()).isGreaterThanOrEqualTo(SECTOR_PRECISION);
        assertThat(s.recall()).isGreaterThanOrEqualTo(SECTOR_RECALL);
    }

    @Test
    void type_date_and_language_are_right() {
        int type = 0;
        int date = 0;
        int lang = 0;
        for (ArchiveRun.Graded g : graded) {
            if (g.enriched().type().equals(g.item().type())) {
                type++;
            } else {
                System.out.printf("  type     %-60s expected %s got %s %s%n", g.item().path(), g.item().type(),
                        g.enriched().type(), new ContentTypes().scores(g.doc()));
            }
            if (String.valueOf(g.doc().date()).equals(g.item().date())) {
                date++;
            } else {
                System.out.printf("  date     %-60s expected %s got %s%n", g.item().path(), g.item().date(),
                        g.doc().date());
            }
            if (g.enriched().lang().equals(g.item().lang())) {
                lang++;
            } else {
                System.out.printf("  lang     %-60s expected %s got %s%n", g.item().path(), g.item().lang(),
                        g.enriched().lang());
            }
        }
        double n = graded.size();
        System.out.printf("type accuracy %.3f, date accuracy %.3f, language accuracy %.3f over %d documents%n",
                type / n, date / n, lang / n, graded.size());
        assertThat(type / n).isGreaterThanOrEqualTo(TYPE_ACCURACY);
        assertThat(date / n).isGreaterThanOrEqualTo(DATE_ACCURACY);
        assertThat(lang / n).isGreaterThanOrEqualTo(LANG_ACCURACY);
    }

    @Test
    void titles_match_the_answer_key() {
        int right = 0;
        for (ArchiveRun.Graded g : graded) {
            if (g.doc().title().equals(g.item().title())) {
                right++;
            } else {
                System.out.printf("  title    %-60s expected '%s' got '%s'%n", g.item().path(), g.item().title(),
                        g.doc().title());
            }
        }
        assertThat((double) right / graded.size()).isGreaterThanOrEqualTo(0.98);
    }
}
