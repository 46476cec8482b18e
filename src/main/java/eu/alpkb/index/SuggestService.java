package eu.alpkb.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.config.Organisation;
import eu.alpkb.config.Project;
import eu.alpkb.config.Region;
import eu.alpkb.config.Sector;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.knowledge.KnowledgeBase;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.Suggestion;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prefix completions over titles, organisations, projects and regions (Lucene's infix suggester, so a word in the
 * middle of a title completes too). Rebuilt in the background whenever the index changes; the previous suggester
 * answers until the new one is ready.
 */
public final class SuggestService implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(SuggestService.class);
    public static final int MAX = SearchIndex.MAX_SUGGESTIONS;
    private static final long VOCABULARY_WEIGHT = 1_000_000;
    /** Counts up when the entries built from a document change, so that a start builds them again. */
    private static final int FORMAT = 1;
    /** The file a suggester's folder gets once it is completely built. */
    private static final String COMPLETE = "complete";

    private final DocumentStream store;
    private final Vocabularies vocab;
    private final Analyzer analyzer;
    private final Path root;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "suggest-build");
        t.setDaemon(true);
        return t;
    });
    private volatile AnalyzingInfixSuggester current;
    /** The folder of {@link #current}. */
    private volatile Path currentDir;
    /**
     * Lookups hold the read side while they use {@link #current}; a swap takes the write side, so the suggester it
     * replaces is closed only once no lookup is still inside it (closing under a lookup failed it with a 500). Fair,
     * so a steady stream of lookups cannot keep a swap waiting.
     */
    private final java.util.concurrent.locks.ReadWriteLock swap =
            new java.util.concurrent.locks.ReentrantReadWriteLock(true);
    /** Off until {@link #start()}: command-line runs share the services but never suggest. */
    private final AtomicBoolean started = new AtomicBoolean();
    /** A rebuild is queued and has not begun: changes until it begins need no rebuild of their own. */
    private final AtomicBoolean pending = new AtomicBoolean();

    public SuggestService(DocumentStream store, Vocabularies vocab, Analyzer analyzer, Path root) {
        this.store = store;
        this.vocab = vocab;
        this.analyzer = analyzer;
        this.root = root;
        store.onChange(this::rebuildLater);
    }

    /**
     * Builds the suggestions from the current index, and again after every change; for a serving process. A
     * suggester built before a restart for the same index and vocabularies is used again (reading every document of
     * 100,000 took a core for 20 seconds at each start, beside the first searches).
     */
    public void start() throws IOException {
        if (started.compareAndSet(false, true)) {
            Files.createDirectories(root);
            String version = store.lastingVersion();
            Path kept = version == null ? null : root.resolve(folderName(version, vocabularyEntries()));
            if (kept != null && Files.exists(kept.resolve(COMPLETE))) {
                try {
                    replace(new AnalyzingInfixSuggester(FSDirectory.open(kept), analyzer, analyzer, 2, false, true,
                            true));
                    currentDir = kept;
                    clean(kept);
                    log.info("Suggestions of index version {} opened from disk", version);
                    return;
                } catch (IOException | RuntimeException e) {
                    log.warn("Suggestions on disk could not be opened; building them again: {}", e.toString());
                }
            }
            clean(null);
            rebuildLater();
        }
    }

    /** Schedules a rebuild; several changes in a row collapse into the last one. */
    public void rebuildLater() {
        if (!started.get() || builder.isShutdown() || !pending.compareAndSet(false, true)) {
            return; // not serving, closing (the index may still announce a last change), or already queued
        }
        try {
            builder.execute(() -> {
                pending.set(false);
                try {
                    rebuild(false);
                } catch (IOException | RuntimeException e) {
                    if (!builder.isShutdown()) {
                        log.warn("Suggestions could not be rebuilt; the previous ones stay: {}", e.toString());
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed between the check and the call; nothing to rebuild for
        }
    }

    /** One entry to suggest. */
    private record Entry(String text, long weight, String id, String type) {
    }

    /**
     * Builds a new suggester from the vocabularies and the index and swaps it in. One at a time: a build cleans away
     * every other folder, including that of a build running beside it.
     *
     * @param again whether to build even when the suggester in use was built for the index as it is (into a folder of
     *              its own, which a later start does not look for)
     */
    synchronized void rebuild(boolean again) throws IOException {
        List<Entry> entries = vocabularyEntries();
        int fromVocabularies = entries.size();
        String before = again ? null : store.lastingVersion();
        if (before != null && root.resolve(folderName(before, entries)).equals(currentDir)) {
            return; // built for this version already
        }
        Map<String, Long> people = new LinkedHashMap<>();
        String read = store.forEachDocument(Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.TYPE,
                IndexFields.DATE, IndexFields.PEOPLE), d -> {
            var date = d.getField(IndexFields.DATE);
            long weight = date == null ? 1 : Math.max(1, date.numericValue().longValue());
            entries.add(new Entry(d.get(IndexFields.TITLE), weight, d.get(IndexFields.ID), d.get(IndexFields.TYPE)));
            names(d.get(IndexFields.PEOPLE)).forEach(n -> people.merge(n, 1L, Long::sum));
        });
        // A person's id is the name the person filter takes. People are entities like the vocabularies' entries: they
        // come after those and before titles, the most quoted first.
        people.forEach((name, documents) -> entries.add(new Entry(name, VOCABULARY_WEIGHT / 2 + documents, name,
                IndexFields.PERSON)));
        String version = again ? null : read;
        Path dir = root.resolve(version == null ? "s-" + System.nanoTime()
                : folderName(version, entries.subList(0, fromVocabularies)));
        if (dir.equals(currentDir)) {
            return; // built for this version already: the index changed while it was read, and back
        }
        Folders.deleteTree(dir); // a build of the same version that stopped half-way
        AnalyzingInfixSuggester next = new AnalyzingInfixSuggester(FSDirectory.open(dir), analyzer, analyzer, 2,
                false, true, true);
        try {
            next.build(new EntryIterator(entries));
            Files.createFile(dir.resolve(COMPLETE));
        } catch (IOException | RuntimeException e) {
            try {
                next.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            Folders.deleteTree(dir); // an interrupted build leaves a half-written folder behind
            throw e;
        }
        AnalyzingInfixSuggester old = replace(next);
        currentDir = dir;
        if (old != null) {
            old.close();
        }
        clean(dir);
        log.info("Suggestions rebuilt from {} entries", entries.size());
    }

    /** @return the entries the vocabularies give: regions, organisations, projects and sectors by every name */
    private List<Entry> vocabularyEntries() {
        List<Entry> entries = new ArrayList<>();
        for (Region r : vocab.regions().values()) {
            for (String name : Set.copyOf(r.names().values())) {
                entries.add(new Entry(name, VOCABULARY_WEIGHT, r.code(), IndexFields.REGION));
            }
        }
        for (Organisation o : vocab.organisations().values()) {
            entries.add(new Entry(o.name(), VOCABULARY_WEIGHT, o.id(), IndexFields.ORG));
        }
        for (Project p : vocab.projects().values()) {
            entries.add(new Entry(p.name(), VOCABULARY_WEIGHT, p.id(), IndexFields.PROJECT));
        }
        for (Sector s : vocab.sectors().values()) {
            for (String name : Set.copyOf(s.names().values())) {
                entries.add(new Entry(name, VOCABULARY_WEIGHT, s.id(), IndexFields.SECTOR));
            }
        }
        return entries;
    }

    /**
     * The folder of the suggester built from index {@code version} and these vocabulary entries: a start finds it
     * again only when neither has changed.
     */
    private static String folderName(String version, List<Entry> vocabulary) {
        String safe = version.replaceAll("[^A-Za-z0-9_-]", "_");
        // a set's hash, which the order of the entries (that of the vocabularies' sets) does not change
        return "s" + FORMAT + "-" + safe + "-" + Integer.toHexString(new java.util.HashSet<>(vocabulary).hashCode());
    }

    /** @return the names in a document's stored people */
    private List<String> names(String storedPeople) {
        if (storedPeople == null || storedPeople.isEmpty()) {
            return List.of();
        }
        try {
            List<String> names = new ArrayList<>();
            json.readTree(storedPeople).forEach(p -> names.add(p.path("name").asText()));
            return names;
        } catch (IOException e) {
            return List.of(); // written by this service; a record it cannot read only loses its completions
        }
    }

    /** @return the suggester {@code next} replaces, once no lookup is inside it any more */
    private AnalyzingInfixSuggester replace(AnalyzingInfixSuggester next) {
        swap.writeLock().lock();
        try {
            AnalyzingInfixSuggester old = current;
            current = next;
            return old;
        } finally {
            swap.writeLock().unlock();
        }
    }

    /**
     * @return at most {@link #MAX} completions of {@code prefix}, best first; empty for an empty prefix
     */
    public List<Suggestion> suggest(String prefix, int max) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        swap.readLock().lock();
        try {
            AnalyzingInfixSuggester s = current;
            if (s == null) {
                return List.of();
            }
            // more candidates than asked for: spellings of one entry fold into one suggestion below
            List<Lookup.LookupResult> results = s.lookup(prefix, Math.min(max, MAX) * 4, true, false);
            Map<String, Suggestion> unique = new LinkedHashMap<>();
            for (Lookup.LookupResult r : results) {
                Map<?, ?> payload = json.readValue(r.payload.utf8ToString(), Map.class);
                String text = r.key.toString();
                String id = (String) payload.get("id");
                String type = (String) payload.get("type");
                // A region is named in five languages; "Pie" should offer Piedmont once, not in three spellings.
                String key = id == null || id.isEmpty() ? text.toLowerCase(java.util.Locale.ROOT) : type + ":" + id;
                String entity = id == null || id.isEmpty() ? null
                        : Dimension.of(type).map(d -> KnowledgeBase.idOf(d, id)).orElse(null);
                unique.putIfAbsent(key, new Suggestion(text, id, type, entity));
            }
            return unique.values().stream().limit(Math.min(max, MAX)).toList();
        } catch (IOException | IllegalStateException e) {
            return List.of(); // closed by close() while answering; nothing left to suggest from
        } finally {
            swap.readLock().unlock();
        }
    }

    private void clean(Path keep) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(p -> !p.equals(keep)).toList()) {
                Folders.deleteTree(d);
            }
        }
    }

    /** Stops a rebuild in progress and waits for it, so that nothing writes into the data folder after closing. */
    @Override
    public void close() throws IOException {
        builder.shutdownNow();
        try {
            if (!builder.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                log.warn("A suggestion rebuild was still running after 30 s of shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        AnalyzingInfixSuggester s = replace(null);
        if (s != null) {
            s.close();
        }
    }

    /** Feeds entries to the suggester, with id and type as a JSON payload. */
    private final class EntryIterator implements InputIterator {
        private final java.util.Iterator<Entry> it;
        private Entry entry;

        EntryIterator(List<Entry> entries) {
            this.it = entries.iterator();
        }

        @Override
        public BytesRef next() {
            if (builder.isShutdown()) {
                // closing: the suggester's build does not heed interrupts, so stop feeding it instead of waiting
                throw new java.util.concurrent.CancellationException("suggestions closed during a rebuild");
            }
            while (it.hasNext()) {
                entry = it.next();
                if (entry.text() != null && !entry.text().isBlank()) {
                    return new BytesRef(entry.text());
                }
            }
            return null;
        }

        @Override
        public long weight() {
            return entry.weight();
        }

        @Override
        public BytesRef payload() {
            try {
                return new BytesRef(json.writeValueAsString(Map.of("id", entry.id() == null ? "" : entry.id(),
                        "type", entry.type() == null ? "" : entry.type())).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
