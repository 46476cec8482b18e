package eu.alpkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.alpkb.eval.PublicData;
import eu.alpkb.eval.RealPages;
import eu.alpkb.ingest.FetchedResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How well extraction holds on pages from sites nobody here wrote: the public extraction set (headline, publication
 * date, must/must-not body snippets, scored as its README says) and the publication dates of {@code realpages-dev}.
 * Prints the figures and fails below the level reached; every miss is written to {@code target/extraction-quality/}
 * so a change can be judged page by page.
 */
class ExtractionQualityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of("target", "extraction-quality");
    private static final Instant FETCHED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private static ContentExtractor extractor;

    @BeforeAll
    static void open() throws IOException {
        extractor = new ContentExtractor();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    @Test
    void headlines_dates_and_main_text_hold_on_real_pages_from_other_sites() throws IOException {
        Path set = PublicData.require("eval-public/extraction");
        JsonNode truth = JSON.readTree(set.resolve("truth.json").toFile());
        int titles = 0;
        int titlesOk = 0;
        int dates = 0;
        int datesOk = 0;
        long tp = 0;
        long fn = 0;
        long fp = 0;
        List<String> misses = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        ObjectNode predictions = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode t = entry.getValue();
            ExtractedDocument d = null;
            try {
                d = extractor.content(new FetchedResource("eval", t.path("url").asText(),
                        PublicData.gunzip(set.resolve(t.path("file").asText())), null, Map.of(), FETCHED_AT, false));
            } catch (ExtractionException e) {
                // scored as an empty prediction, as the scorer counts a page that yields nothing
                if (e.isSkip()) {
                    skipped.add(name);
                }
            }
            String title = d == null ? "" : d.title();
            String date = d == null || d.date() == null ? "" : d.date().toString();
            String text = d == null ? "" : ws(d.text());
            predictions.putObject(name).put("title", title).put("date", date).put("text", text);

            String goldTitle = t.path("title").asText("");
            if (!goldTitle.isBlank()) {
                titles++;
                if (normTitle(title).equals(normTitle(goldTitle))) {
                    titlesOk++;
                } else {
                    misses.add(name + "\ttitle\t" + ws(goldTitle) + "\t" + ws(title));
                }
            }
            String goldDate = t.path("date").asText("");
            if (!goldDate.isBlank()) {
                dates++;
                if (date.length() >= 10 && date.substring(0, 10).equals(goldDate)) {
                    datesOk++;
                } else {
                    misses.add(name + "\tdate\t" + goldDate + "\t" + date);
                }
            }
            for (JsonNode s : t.path("with")) {
                if (text.contains(ws(s.asText()))) {
                    tp++;
                } else {
                    fn++;
                    misses.add(name + "\tmissing\t" + ws(s.asText()));
                }
            }
            for (JsonNode s : t.path("without")) {
                if (text.contains(ws(s.asText()))) {
                    fp++;
                    misses.add(name + "\tkept\t" + ws(s.asText()));
                }
            }
        }
        Files.write(OUT.resolve("public-misses.tsv"), misses, StandardCharsets.UTF_8);
        JSON.writeValue(OUT.resolve("predictions.json").toFile(), predictions);

        double title = (double) titlesOk / titles;
        double date = (double) datesOk / dates;
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "extraction (eval-public, %d pages): title exact %d/%d (%.3f); date to the day "
                        + "%d/%d (%.3f); snippets precision %.3f recall %.3f F1 %.3f (TP %d FN %d FP %d)%n",
                truth.size(), titlesOk, titles, title, datesOk, dates, date, precision, recall, f1, tp, fn, fp);
        // pages that ask not to be indexed are extracted and scored like the others (the index leaves them out, which
        // is its policy, not the extraction's); pages with no text at all score as empty
        System.out.printf(Locale.ROOT, "%d pages yield nothing and are scored as empty: %s%n", skipped.size(), skipped);
        // floors a little under the figures reached (title 0.910, date 0.914, F1 0.957), so noise does not flake them
        assertThat(title).as("headline exact").isGreaterThanOrEqualTo(0.907);
        assertThat(date).as("publication date to the day").isGreaterThanOrEqualTo(0.911);
        assertThat(f1).as("body snippet F1").isGreaterThanOrEqualTo(0.955);
    }

    @Test
    void publication_dates_of_realpages_follow_the_annotation_policy() throws IOException {
        RealPages set = RealPages.load();
        Map<String, RealPages.Key> keys = set.keys();
        int gold = 0;
        int right = 0;
        int spurious = 0;
        List<String> misses = new ArrayList<>();
        for (RealPages.Page page : set.pages()) {
            ExtractedDocument d = extractOrNull(page.resource());
            String predicted = d == null || d.date() == null ? null : d.date().toString();
            String expected = keys.get(page.file()).date();
            if (expected == null) {
                if (predicted != null) {
                    spurious++;
                    misses.add(page.file() + "\tspurious\t-\t" + predicted);
                }
                continue;
            }
            gold++;
            if (predicted != null && predicted.startsWith(expected)) {
                right++;
            } else {
                misses.add(page.file() + "\tdate\t" + expected + "\t" + predicted);
            }
        }
        Files.write(OUT.resolve("realpages-misses.tsv"), misses, StandardCharsets.UTF_8);
        double accuracy = (double) right / gold;
        System.out.printf(Locale.ROOT, "publication dates (realpages-dev): %d/%d right at the key's precision (%.3f); "
                + "%d dates predicted on pages without one%n", right, gold, accuracy, spurious);
        // reached 19/20 with no spurious date; one page is 0.05, so the floor allows no further miss
        assertThat(accuracy).as("publication date at the key's precision").isGreaterThanOrEqualTo(0.93);
        assertThat(spurious).as("dates predicted where the page states none").isZero();
    }

    private static ExtractedDocument extractOrNull(FetchedResource r) {
        try {
            return extractor.content(r);
        } catch (ExtractionException e) {
            return null; // a page that yields nothing scores as an empty prediction, as the scorer counts it
        }
    }

    private static String ws(String s) {
        return s == null ? "" : s.replaceAll("(?U)\\s+", " ").strip();
    }

    private static String normTitle(String s) {
        return ws(Parser.unescapeEntities(s == null ? "" : s, false)).toLowerCase(Locale.ROOT);
    }
}
