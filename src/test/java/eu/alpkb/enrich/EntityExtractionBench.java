package eu.alpkb.enrich;

import eu.alpkb.TestConfigs;
import eu.alpkb.bench.ScaleGenerator;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What entity extraction adds to enrichment per document: each generated document is enriched, then its three
 * finders (organisations beyond the vocabulary, people, the event) run again on it as {@link Enricher#enrich} runs
 * them, each timed on its own. Their sum, over enrichment less that sum, is what they add to the rest of enrichment.
 * One thread; the first pass warms up.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) eu.alpkb.enrich.EntityExtractionBench
 * </pre>
 * {@code -Dbench.docs} (3,000) documents, {@code -Dbench.passes} (6) passes.
 */
public final class EntityExtractionBench {
    private EntityExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        int docs = Integer.getInteger("bench.docs", 3_000);
        int passes = Integer.getInteger("bench.passes", 6);
        Enricher enricher = new Enricher(ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies());
        ScaleGenerator generator = ScaleGenerator.withProjectVocabularies(42);
        List<ExtractedDocument> sample = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            sample.add(generator.extracted(i));
        }
        double[] adds = new double[passes - 1];
        for (int p = 0; p < passes; p++) {
            long enrich = 0;
            long orgs = 0;
            long people = 0;
            long events = 0;
            for (int i = 0; i < sample.size(); i++) {
                ExtractedDocument d = sample.get(i);
                long t0 = System.nanoTime();
                enricher.enrich("d" + i, "bench", d, Instant.EPOCH);
                long t1 = System.nanoTime();
                List<FoundOrganisation> found = enricher.allFoundOrgs(d);
                long t2 = System.nanoTime();
                enricher.people(d, found);
                long t3 = System.nanoTime();
                enricher.event(d, found);
                long t4 = System.nanoTime();
                enrich += t1 - t0;
                orgs += t2 - t1;
                people += t3 - t2;
                events += t4 - t3;
            }
            double finders = orgs + people + events;
            double n = sample.size() * 1e6;
            System.out.printf("pass %d: enrichment %.3f ms per document; organisations %.3f, people %.3f, event %.3f"
                    + " ms; entity extraction adds %.1f %% to the rest%n", p + 1, enrich / n, orgs / n, people / n,
                    events / n, 100 * finders / (enrich - finders));
            if (p > 0) {
                adds[p - 1] = 100 * finders / (enrich - finders);
            }
        }
        Arrays.sort(adds);
        System.out.printf("median over passes 2-%d: entity extraction adds %.1f %% to the rest of enrichment%n", passes,
                adds[adds.length / 2]);
    }
}
