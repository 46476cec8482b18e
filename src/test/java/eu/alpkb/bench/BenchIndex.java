package eu.alpkb.bench;

import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.Enricher;
import eu.alpkb.extract.ExtractedDocument;
import eu.alpkb.index.DocumentIndex;
import eu.alpkb.index.WriteSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Builds and publishes an index generation from extracted documents the way the indexer does after extraction:
 * id from the canonical address, enrichment, the same duplicate checks, mapping, {@code updateDocument} on the
 * build's writer from several threads, then publish (merge, commit, atomic swap).
 */
final class BenchIndex {
    static final Instant FETCHED = Instant.parse("2025-01-01T00:00:00Z");

    /** Durations of one build in nanoseconds, and what it indexed. */
    record Timing(long writeNanos, long publishNanos, int indexed) {
        double docsPerSecond() {
            return indexed / ((writeNanos + publishNanos) / 1e9);
        }

        double writeDocsPerSecond() {
            return indexed / (writeNanos / 1e9);
        }
    }

    private BenchIndex() {
    }

    /**
     * @param docs supplies document {@code i} (pre-generated, or generated on the calling worker)
     */
    static Timing build(DocumentIndex store, Enricher enricher, int n, int threads,
                        IntFunction<ExtractedDocument> docs) throws Exception {
        return buildEnriched(store, n, threads, i -> enrich(enricher, docs.apply(i)));
    }

    static EnrichedDocument enrich(Enricher enricher, ExtractedDocument doc) {
        return enricher.enrich(Enricher.idFor(doc.canonicalUrl()), "bench", doc, FETCHED);
    }

    /**
     * The same build from documents that are already enriched (or are enriched by {@code docs} on the worker).
     */
    static Timing buildEnriched(DocumentIndex store, int n, int threads,
                                IntFunction<EnrichedDocument> docs) throws Exception {
        Map<String, String> byContent = new ConcurrentHashMap<>();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger indexed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try (WriteSession build = store.beginFull()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        EnrichedDocument e = docs.apply(i);
                        String id = e.id();
                        if (byContent.putIfAbsent(e.contentHash(), e.doc().url()) != null || !ids.add(id)) {
                            continue; // the indexer skips duplicates the same way
                        }
                        try {
                            build.put(e, e.contentHash());
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                        indexed.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            long written = System.nanoTime();
            build.publish();
            return new Timing(written - start, System.nanoTime() - written, indexed.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
