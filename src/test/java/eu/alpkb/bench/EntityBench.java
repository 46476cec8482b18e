package eu.alpkb.bench;

import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.enrich.Enricher;
import eu.alpkb.extract.ExtractedDocument;
import eu.alpkb.knowledge.EntityKind;
import eu.alpkb.knowledge.EntityRef;
import eu.alpkb.knowledge.KnowledgeBase;
import eu.alpkb.search.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base at scale: entity pages ({@link KnowledgeBase#entity}) of the most documented organisations,
 * places, sectors, projects and people of the generated archive, timed next to the one search each page needs at the
 * least (the entity's filter with every facet's counts, a page of its documents); and the share of enrichment spent
 * finding people, per document.
 *
 * <p>{@code java -cp ... eu.alpkb.bench.EntityBench} with {@code -Dbench.docs=100000}; the index is the one
 * {@link SearchBench} builds and is reused from {@code target/bench/search-N}.
 */
public final class EntityBench {
    private EntityBench() {
    }

    public static void main(String[] args) throws Exception {
        Bench.header("EntityBench");
        int docs = Bench.intProp("bench.docs", 100_000);
        int rounds = Bench.intProp("bench.rounds", 5);
        Path root = Path.of(Bench.prop("bench.dir", "target/bench/search-" + docs)).toAbsolutePath();
        Config config = ConfigLoader.load(BenchConfig.write(root, ""));
        try (Services services = new Services(config, root.resolve("data"), null)) {
            SearchBench.ensureIndex(services, docs);
            enrichment(services.enricher());
            pages(services, config, rounds);
        }
        System.exit(0);
    }

    /** Enrichment of generated documents with and apart from finding their people. */
    private static void enrichment(Enricher enricher) throws java.io.IOException {
        ScaleGenerator generator = ScaleGenerator.withProjectVocabularies(7);
        List<ExtractedDocument> sample = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            sample.add(generator.extracted(i));
        }
        double[] share = new double[5];
        for (int r = -1; r < share.length; r++) {
            long enrich = 0;
            long people = 0;
            for (int i = 0; i < sample.size(); i++) {
                long t0 = System.nanoTime();
                var enriched = enricher.enrich("d" + i, "bench", sample.get(i), Instant.EPOCH);
                long t1 = System.nanoTime();
                // as enrich() does it: with the organisations it found beyond the vocabulary
                enricher.people(sample.get(i), enriched.foundOrgs());
                long t2 = System.nanoTime();
                enrich += t1 - t0;
                people += t2 - t1;
            }
            if (r >= 0) {
                // enrich() finds the people too: their share is of what it does besides
                share[r] = (double) people / (enrich - people);
            }
        }
        System.out.printf("enrichment: finding people (with entities.yaml applied) adds %.1f %% to the rest of"
                + " enrichment per document (median of %d rounds over %,d generated documents)%n%n",
                100 * Bench.median(share), share.length, sample.size());
    }

    private static void pages(Services services, Config config, int rounds) {
        KnowledgeBase kb = new KnowledgeBase(services.reader(), config.vocabularies(), services.filterValues());
        // the organisations found beyond the vocabulary are gathered from every document once per index version
        long g0 = System.nanoTime();
        long found = kb.entities(EntityKind.ORG, null, false, 1, 1, "en").total();
        long g1 = System.nanoTime();
        kb.entities(EntityKind.ORG, null, false, 1, 1, "en");
        long g2 = System.nanoTime();
        System.out.printf("found organisations: %,d gathered from %,d documents in %.0f ms (once per index version);"
                + " listed again in %.1f ms%n%n", found, services.reader().documentCount(), (g1 - g0) / 1e6,
                (g2 - g1) / 1e6);
        List<EntityRef> entities = new ArrayList<>();
        for (EntityKind k : List.of(EntityKind.ORG, EntityKind.PLACE, EntityKind.SECTOR, EntityKind.PROJECT,
                EntityKind.PERSON)) {
            entities.addAll(kb.entities(k, null, null, 1, 6, "en").entities());
        }
        entities.addAll(kb.entities(EntityKind.EVENT, null, null, 1, 4, "en").entities());
        int n = entities.size();
        long[] page = new long[n * rounds];
        long[] search = new long[n * rounds];
        double[] p50 = new double[rounds];
        double[] p50s = new double[rounds];
        int k = 0;
        for (int r = -2; r < rounds; r++) { // two warm-up rounds
            long[] roundPage = new long[n];
            long[] roundSearch = new long[n];
            for (int i = 0; i < n; i++) {
                EntityRef e = entities.get(i);
                long t0 = System.nanoTime();
                kb.entity(e.id(), "en").orElseThrow();
                long t1 = System.nanoTime();
                EntityKind kind = EntityKind.of(e.kind()).orElseThrow();
                if (kind.dimension() != null) {
                    String value = kind == EntityKind.PERSON ? e.name() : e.id().substring(e.id().indexOf(':') + 1);
                    services.reader().search(new SearchRequest("", Map.of(kind.dimension().key(), List.of(value)),
                            null, null, SearchRequest.Sort.DATE_ASC, 1, 10, "en"));
                } else {
                    services.reader().document(e.id().substring(e.id().indexOf(':') + 1));
                }
                long t2 = System.nanoTime();
                roundPage[i] = t1 - t0;
                roundSearch[i] = t2 - t1;
            }
            if (r >= 0) {
                System.arraycopy(roundPage, 0, page, k, n);
                System.arraycopy(roundSearch, 0, search, k, n);
                k += n;
                p50[r] = Bench.percentileMs(roundPage, n, 50);
                p50s[r] = Bench.percentileMs(roundSearch, n, 50);
            }
        }
        System.out.printf("entity pages (%d entities: the 6 most documented organisations, places, sectors, projects"
                + " and people, 4 events; cache of answers %s):%n", n,
                config.service().server().resultCacheSize() == 0 ? "off" : "on");
        System.out.printf("  entity page      p50 %6.1f ms  p99 %6.1f ms  (median of round p50s %.1f ms)%n",
                Bench.percentileMs(page, k, 50), Bench.percentileMs(page, k, 99), Bench.median(p50));
        System.out.printf("  its filter alone p50 %6.1f ms  p99 %6.1f ms  (median of round p50s %.1f ms)%n",
                Bench.percentileMs(search, k, 50), Bench.percentileMs(search, k, 99), Bench.median(p50s));
        System.out.printf("  ratio of medians %.1f×%n", Bench.median(p50) / Math.max(1e-9, Bench.median(p50s)));
    }
}
