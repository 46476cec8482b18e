package eu.alpkb.pipeline;

import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.Enricher;
import eu.alpkb.enrich.SourceCopy;
import eu.alpkb.extract.ContentExtractor;
import eu.alpkb.extract.ExtractedDocument;
import eu.alpkb.extract.ExtractionException;
import eu.alpkb.index.DocumentIndex;
import eu.alpkb.index.IndexedEntry;
import eu.alpkb.index.WriteSession;
import eu.alpkb.ingest.FetchedResource;
import eu.alpkb.ingest.Outcome;
import eu.alpkb.ingest.Reason;
import eu.alpkb.ingest.ResourceSink;
import eu.alpkb.ingest.Source;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sources through extraction, enrichment and indexing. A full run builds a new index generation and publishes
 * it only when complete; an incremental run updates the live index, skipping documents whose bytes did not change
 * and removing those gone from their source. One bad document is reported and never stops the run.
 */
public final class Indexer {
    private static final Logger log = LoggerFactory.getLogger(Indexer.class);
    /** Successful outcomes kept for the report; failures and skips are always kept. */
    static final int MAX_OK_OUTCOMES = 20_000;

    /** How a run treats the existing index. */
    public enum Mode { FULL, INCREMENTAL }

    private final DocumentIndex index;
    private final ContentExtractor extractor;
    private final Enricher enricher;
    private final int threads;

    public Indexer(DocumentIndex index, ContentExtractor extractor, Enricher enricher, int threads) {
        this.index = index;
        this.extractor = extractor;
        this.enricher = enricher;
        this.threads = Math.max(1, threads);
    }

    /**
     * The document holding a content, and where it was read.
     *
     * @param kept whether it is a document of the index before this run rather than one read in it
     */
    private record Owner(String id, String url, String source, boolean kept) {
    }

    /** What becomes of a document the index had and this run did not read. */
    private enum Fate { KEEP, ARCHIVE, DELETE }

    /** @param reason said in the run report, or null when nothing worth reporting changes */
    private record Decision(Fate fate, String reason) {
    }

    /**
     * Runs {@code sources}. Never throws for a bad document; throws only when the index itself cannot be written.
     *
     * @param cancelled polled between documents; a cancelled run leaves the live index as it was
     */
    public RunReport run(List<Source> sources, Mode requested, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        Instant started = Instant.now();
        Mode mode = requested == Mode.INCREMENTAL && !index.hasIndex() ? Mode.FULL : requested;
        Map<String, IndexedEntry> previousByUrl = new HashMap<>();
        index.entries().forEach(e -> previousByUrl.put(e.url(), e));
        RunState state = new RunState(previousByUrl, progress, cancelled);
        int total = 0;
        for (Source s : sources) {
            int n = s.estimatedSize();
            total = n < 0 || total < 0 ? -1 : total + n;
        }
        progress.total(total);
        log.info("{} run over {} source(s) started", mode, sources.size());

        Set<String> sourceNames = sourceNames(sources);
        for (IndexedEntry e : previousByUrl.values()) {
            if (e.contentHash() != null) {
                // the index's documents hold their content already: a page of another source with the same content
                // joins the one there, whether that one is read again, kept unchanged or kept from another source
                state.byContent.putIfAbsent(e.contentHash(), new Owner(e.id(), e.url(), e.source(), true));
            }
        }
        try (WriteSession session = mode == Mode.FULL ? index.beginFull() : index.beginIncremental()) {
            state.session = session;
            readAll(sources, state, mode);
            if (state.cancelledNow()) {
                return state.report(mode, started, false, "cancelled; the live index is unchanged",
                        RunReport.CANCELLED);
            }
            if (mode == Mode.FULL && state.added.get() + state.updated.get() + state.unchanged.get()
                    + state.alsoFrom.size() == 0 && !previousByUrl.isEmpty()) {
                return state.report(mode, started, false,
                        "no document could be indexed; the live index is kept unchanged", RunReport.NOTHING_INDEXED);
            }
            Map<String, Boolean> keep = keepVanished(sources);
            for (IndexedEntry entry : previousByUrl.values()) {
                if (state.seenUrls.contains(entry.url())) {
                    continue; // read this time: put, carried or skipped already
                }
                Decision d = decide(entry, state, sourceNames, keep);
                switch (d.fate()) {
                    case KEEP -> session.carry(entry, entry.archived());
                    case ARCHIVE -> session.carry(entry, true);
                    case DELETE -> {
                        session.delete(entry);
                        state.deleted.incrementAndGet();
                    }
                }
                if (d.reason() != null) {
                    state.outcome(Outcome.ok(entry.url(), d.reason()));
                }
            }
            relist(previousByUrl.values(), state, sourceNames);
            session.publish();
        }
        return state.report(mode, started, true, (mode == Mode.FULL ? "published index " : "updated index ")
                + index.generation(), null);
    }

    /**
     * Sets, on each document, the other sources it was found in: those found this run, and those of sources this
     * run did not read (or could not read this time), which are not known to be gone.
     */
    private static void relist(java.util.Collection<IndexedEntry> previous, RunState state, Set<String> sourceNames) {
        Map<String, Set<SourceCopy>> lists = new HashMap<>();
        for (IndexedEntry e : previous) {
            for (SourceCopy c : e.alsoFrom()) {
                if (!sourceNames.contains(c.source()) || state.failedSources.contains(c.source())
                        || state.failedUrls.contains(c.url())) {
                    lists.computeIfAbsent(e.id(), k -> new java.util.LinkedHashSet<>()).add(c);
                } else {
                    lists.computeIfAbsent(e.id(), k -> new java.util.LinkedHashSet<>());
                }
            }
        }
        state.alsoFrom.forEach((id, copies) -> lists.computeIfAbsent(id, k -> new java.util.LinkedHashSet<>())
                .addAll(copies.stream().sorted(java.util.Comparator.comparing(SourceCopy::source)
                        .thenComparing(SourceCopy::url)).toList()));
        lists.forEach((id, copies) -> state.session.relist(id, List.copyOf(copies)));
    }

    /** What happens to a document of the index that this run did not read, and why. */
    private static Decision decide(IndexedEntry entry, RunState state, Set<String> sourceNames,
                                   Map<String, Boolean> keepVanished) {
        if (!sourceNames.contains(entry.source())) {
            // reindexing one source must not touch the others' documents
            return new Decision(Fate.KEEP, null);
        }
        if (state.failedSources.contains(entry.source()) || state.failedUrls.contains(entry.url())) {
            // a source that broke down, or a page that failed this time (server error, timeout), is not known to be
            // gone: keep the copy the index has
            return new Decision(Fate.KEEP, null);
        }
        if (keepVanished.getOrDefault(entry.source(), false)) {
            return new Decision(Fate.ARCHIVE, entry.archived() ? null
                    : "gone from the source; kept as an archived copy");
        }
        return new Decision(Fate.DELETE, "gone from the source; removed from the index");
    }

    private static Set<String> sourceNames(List<Source> sources) {
        Set<String> names = new java.util.HashSet<>();
        sources.forEach(s -> names.add(s.name()));
        return names;
    }

    private static Map<String, Boolean> keepVanished(List<Source> sources) {
        Map<String, Boolean> keep = new HashMap<>();
        sources.forEach(s -> keep.put(s.name(), s.keepsVanished()));
        return keep;
    }

    private void readAll(List<Source> sources, RunState state, Mode mode) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "indexer");
            t.setDaemon(true);
            return t;
        });
        // Bounds the documents held in memory between reading and indexing.
        Semaphore inFlight = new Semaphore(threads * 4);
        try {
            for (Source source : sources) {
                if (state.cancelledNow()) {
                    break;
                }
                try {
                    source.read(new ResourceSink() {
                        @Override
                        public boolean accept(FetchedResource resource) {
                            if (state.cancelledNow()) {
                                return false;
                            }
                            try {
                                inFlight.acquire();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return false;
                            }
                            pool.execute(() -> {
                                try {
                                    process(resource, state, mode);
                                } finally {
                                    inFlight.release();
                                }
                            });
                            return true;
                        }

                        @Override
                        public void report(Outcome outcome) {
                            if (outcome.status() == Outcome.Status.FAILED) {
                                // A document that could not be read this time (server error, timeout) is not gone:
                                // keep what the index has rather than delete it on a passing fault.
                                state.failedUrls.add(outcome.url());
                                state.failed.incrementAndGet();
                            } else if (outcome.status() == Outcome.Status.SKIPPED) {
                                state.skipped.incrementAndGet();
                            }
                            state.outcome(outcome);
                            state.tick();
                        }

                        @Override
                        public boolean incremental() {
                            return mode == Mode.INCREMENTAL;
                        }

                        @Override
                        public void unchanged(String url) {
                            state.seenUrls.add(url);
                            state.carryUnchanged(url);
                            state.unchanged.incrementAndGet();
                            state.outcome(Outcome.ok(url, "not modified"));
                            state.tick();
                        }

                        @Override
                        public void queued(int pending) {
                            state.progress.queued(pending);
                        }

                        @Override
                        public boolean cancelled() {
                            return state.cancelledNow();
                        }
                    });
                } catch (RuntimeException e) {
                    // A source that breaks down (folder vanished, network gone) fails alone; others still run.
                    log.warn("Source {} stopped: {}", source.name(), e.toString());
                    state.failed.incrementAndGet();
                    state.outcome(Outcome.failed("source:" + source.name(),
                            Reason.of("sourceStopped", "source stopped: " + e.getMessage(), e.getMessage())));
                    state.failedSources.add(source.name());
                }
                // A source's documents are all in before the next source starts, so that when two sources hold
                // the same page, the one listed first keeps it, run after run, whatever the threads' timing.
                try {
                    inFlight.acquire(threads * 4);
                    inFlight.release(threads * 4);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                    pool.shutdownNow();
                    throw new IOException("indexing threads did not finish in time");
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        if (state.indexError != null) {
            throw state.indexError;
        }
    }

    private void process(FetchedResource r, RunState state, Mode mode) {
        String bytesHash = sha256(r.bytes());
        IndexedEntry prev = state.previousByUrl.get(r.url());
        state.seenUrls.add(r.url());
        if (mode == Mode.INCREMENTAL && prev != null && bytesHash.equals(prev.bytesHash())) {
            state.carryUnchanged(r.url());
            state.unchanged.incrementAndGet();
            state.outcome(Outcome.ok(r.url(), "unchanged"));
            state.tick();
            return;
        }
        try {
            ExtractedDocument doc = extractor.extract(r);
            String id = eu.alpkb.enrich.Enricher.idFor(doc.canonicalUrl());
            EnrichedDocument enriched = enricher.enrich(id, r.source(), doc, r.fetchedAt());
            Owner me = new Owner(id, r.url(), r.source(), false);
            Owner first = state.byContent.putIfAbsent(enriched.contentHash(), me);
            if (first != null && first.kept() && first.source().equals(r.source())) {
                // a page of the same source held this content before this run; it may hold another now, and the
                // source's own pages are told apart by what they hold this time
                first = state.byContent.replace(enriched.contentHash(), first, me) ? null
                        : state.byContent.get(enriched.contentHash());
            }
            if (first != null && !first.url().equals(r.url())) {
                if (prev != null && !prev.id().equals(first.id())) {
                    state.session.delete(prev); // its own copy from an earlier run would stay beside the one kept
                }
                state.skipped.incrementAndGet();
                if (first.source().equals(r.source())) {
                    state.outcome(Outcome.skipped(r.url(),
                            Reason.of("sameContent", "same content as " + first.url(), first.url())));
                } else {
                    // The same page through another source: one document that lists both, not two hits.
                    state.alsoFrom.computeIfAbsent(first.id(), k -> ConcurrentHashMap.newKeySet())
                            .add(new SourceCopy(r.source(), r.url()));
                    state.outcome(Outcome.skipped(r.url(), Reason.of("sameContentOtherSource",
                            "same content as " + first.url() + " from source " + first.source()
                                    + "; listed as one document found in both", first.url(), first.source())));
                }
                state.tick();
                return;
            }
            if (!state.ids.add(id)) {
                state.skipped.incrementAndGet();
                state.outcome(Outcome.skipped(r.url(), Reason.of("sameCanonical",
                        "same canonical address as a document already indexed: " + doc.canonicalUrl(),
                        doc.canonicalUrl())));
                state.tick();
                return;
            }
            state.session.put(enriched, bytesHash);
            if (prev == null) {
                state.added.incrementAndGet();
            } else if (prev.contentHash().equals(enriched.contentHash())) {
                state.unchanged.incrementAndGet();
            } else {
                state.updated.incrementAndGet();
            }
            state.outcome(Outcome.ok(r.url(), r.truncated() ? "body cut at the size limit" : null));
            state.tick();
        } catch (ExtractionException e) {
            if (e.isSkip()) {
                state.skipped.incrementAndGet();
                state.outcome(Outcome.skipped(r.url(), e.reason()));
                state.tick();
            } else {
                state.failed.incrementAndGet();
                state.outcome(Outcome.failed(r.url(), e.reason()));
                state.tick();
            }
        } catch (IOException e) {
            state.indexError = e;
            state.failed.incrementAndGet();
            state.outcome(Outcome.failed(r.url(),
                    Reason.of("indexWriteFailed", "index write failed: " + e.getMessage(), e.getMessage())));
            state.tick();
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on one hostile document must not end the run.
            log.warn("Unexpected failure on {}", r.url(), e);
            state.failed.incrementAndGet();
            state.outcome(Outcome.failed(r.url(),
                    Reason.of("unexpectedError", "unexpected error: " + e, String.valueOf(e))));
            state.tick();
        }
    }

    /** Counters and collections shared by the worker threads of one run. */
    private static final class RunState {
        final Map<String, IndexedEntry> previousByUrl;
        final Progress progress;
        final BooleanSupplier cancelled;
        final Set<String> seenUrls = ConcurrentHashMap.newKeySet();
        final Set<String> ids = ConcurrentHashMap.newKeySet();
        final Set<String> failedSources = ConcurrentHashMap.newKeySet();
        final Set<String> failedUrls = ConcurrentHashMap.newKeySet();
        /** The document that holds each content: the first read in this run, or one kept from another source. */
        final Map<String, Owner> byContent = new ConcurrentHashMap<>();
        /** Other sources that delivered a document's content in this run, by the document's id. */
        final Map<String, Set<SourceCopy>> alsoFrom = new ConcurrentHashMap<>();
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger deleted = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger processed = new AtomicInteger();
        final List<Outcome> outcomes = new ArrayList<>();
        int okOutcomes;
        boolean truncated;
        volatile IOException indexError;
        WriteSession session;

        RunState(Map<String, IndexedEntry> previousByUrl, Progress progress, BooleanSupplier cancelled) {
            this.previousByUrl = previousByUrl;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        /**
         * Keeps the document read from {@code url} as the index has it; were it an archived copy, it is back in its
         * source and no longer archived.
         */
        void carryUnchanged(String url) {
            IndexedEntry prev = previousByUrl.get(url);
            if (prev == null) {
                return;
            }
            try {
                session.carry(prev, false);
            } catch (IOException e) {
                indexError = e;
            }
        }

        boolean cancelledNow() {
            return cancelled.getAsBoolean() || indexError != null;
        }

        synchronized void outcome(Outcome o) {
            if (o.status() == Outcome.Status.OK && ++okOutcomes > MAX_OK_OUTCOMES) {
                truncated = true;
                return;
            }
            outcomes.add(o);
        }

        /** One more document handled; call after its counters are updated. */
        void tick() {
            progress.processed(processed.incrementAndGet(), failed.get());
        }

        synchronized RunReport report(Mode mode, Instant started, boolean completed, String message,
                                      String messageCode) {
            return new RunReport(mode.name().toLowerCase(), started, Instant.now(), added.get(), updated.get(),
                    unchanged.get(), deleted.get(), failed.get(), skipped.get(),
                    List.copyOf(outcomes), truncated, completed, message, messageCode);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
