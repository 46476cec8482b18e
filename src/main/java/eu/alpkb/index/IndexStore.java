package eu.alpkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.Set;
import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.SourceCopy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk and its lifecycle. Each full build goes into a new generation folder beside the live one; the
 * file {@code CURRENT} names the live generation and is replaced atomically once the new one is committed, so a crash
 * at any moment leaves a complete index to serve. Searches go through a {@link SearcherManager} that is swapped to the
 * new generation without a pause. Changes come in through a {@link WriteSession}: a full one builds a new generation,
 * an incremental one updates the live generation in place.
 */
public final class IndexStore implements DocumentIndex, DocumentStream {
    private static final Logger log = LoggerFactory.getLogger(IndexStore.class);
    private static final String CURRENT = "CURRENT";
    private static final String GENERATION_PREFIX = "gen-";

    static {
        // Lucene's IndexWriter and ConcurrentMergeScheduler initialise each other through TestSecrets; two threads
        // doing it for the first time at once (a build and the suggester) deadlock. Initialise them here, once.
        try {
            Class.forName(IndexWriter.class.getName(), true, IndexWriter.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path root;
    private final Analyzer analyzer;
    private final DocumentMapper mapper;
    private final FacetsConfig facetsConfig;
    private final Object swapLock = new Object();
    private volatile Live live;
    private final List<Runnable> swapListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /**
     * A published index of some size has one segment per core ({@link FacetSearcher#parts}), and one search walks them
     * at once on these threads: a broad query that scores most of the index is then shared between the cores (on the
     * two shared cores measured, the broadest queries of SearchBench took up to a quarter less time, in some runs
     * nothing less).
     */
    static final int SEARCH_THREADS = Runtime.getRuntime().availableProcessors();
    private final java.util.concurrent.ExecutorService searchThreads;

    /** The generation being served. */
    private record Live(String generation, Directory directory, SearcherManager manager) {
    }

    /**
     * Opens the store under {@code root}, serving the last committed generation. Generations that were never
     * published (an interrupted build) and indexes of an older schema are removed.
     */
    public IndexStore(Path root, Analyzer analyzer, DocumentMapper mapper) throws IOException {
        this.root = root;
        this.analyzer = analyzer;
        this.mapper = mapper;
        this.facetsConfig = mapper.facets();
        java.util.concurrent.atomic.AtomicInteger threadNumber = new java.util.concurrent.atomic.AtomicInteger();
        this.searchThreads = java.util.concurrent.Executors.newFixedThreadPool(SEARCH_THREADS, r -> {
            Thread t = new Thread(r, "search-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Files.createDirectories(root);
        String current = readCurrent();
        if (current != null && !isCompatible(root.resolve(current))) {
            log.warn("Index {} was written by an incompatible version (schema {} expected); it will be rebuilt",
                    current, IndexFields.SCHEMA_VERSION);
            current = null;
            Files.deleteIfExists(root.resolve(CURRENT));
        }
        removeUnpublished(current);
        if (current != null) {
            live = open(current);
            log.info("Serving index {} with {} documents", current, documentCount());
        }
    }

    private String readCurrent() throws IOException {
        Path file = root.resolve(CURRENT);
        if (!Files.exists(file)) {
            return null;
        }
        String name = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!name.startsWith(GENERATION_PREFIX) || !Files.isDirectory(root.resolve(name))) {
            log.warn("CURRENT names a missing generation '{}'; starting empty", name);
            return null;
        }
        return name;
    }

    private static boolean isCompatible(Path dir) {
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return false;
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
            return Integer.toString(IndexFields.SCHEMA_VERSION).equals(data.get(IndexFields.SCHEMA_VERSION_KEY));
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read index in {}: {}", dir, e.toString());
            return false;
        }
    }

    private void removeUnpublished(String keep) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith(GENERATION_PREFIX) && !name.equals(keep)) {
                    log.info("Removing unpublished or superseded index {}", name);
                    Folders.deleteTree(dir);
                }
            }
        }
    }

    private Live open(String generation) throws IOException {
        Directory dir = FSDirectory.open(root.resolve(generation));
        SearcherManager manager = new SearcherManager(dir, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                             org.apache.lucene.index.IndexReader previous) throws IOException {
                return new FacetSearcher(reader, facetsConfig, searchThreads, SEARCH_THREADS,
                        FacetSearcher.MIN_DOCS_PER_SLICE);
            }
        });
        return new Live(generation, dir, manager);
    }

    @Override
    public boolean hasIndex() {
        return live != null;
    }

    @Override
    public String generation() {
        Live l = live;
        return l == null ? null : l.generation();
    }

    /** @return the searchable document count (0 without an index) */
    public int documentCount() {
        Integer n = withSearcher(s -> s.getIndexReader().numDocs());
        return n == null ? 0 : n;
    }

    /** @return bytes on disk of the live generation */
    public long sizeInBytes() {
        Live l = live;
        if (l == null) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root.resolve(l.generation()))) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // files vanish while a merge finishes; the size is informational
        }
    }

    /**
     * Runs {@code work} on the current searcher and releases it afterwards, even on failure.
     *
     * @return the work's result, or null when there is no index yet
     */
    public <T> T withSearcher(Function<FacetSearcher, T> work) {
        while (true) {
            Live l = live;
            if (l == null) {
                return null;
            }
            IndexSearcher searcher;
            try {
                searcher = l.manager().acquire();
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                continue; // swapped between reading 'live' and acquiring; the new generation is there now
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.apply((FacetSearcher) searcher);
            } finally {
                release(l.manager(), searcher);
            }
        }
    }

    /**
     * Reads {@code fields} of every live document of the current index, in index order; nothing without an index.
     */
    public String forEachDocument(Set<String> fields, java.util.function.Consumer<Document> action) {
        return withSearcher(s -> {
            try {
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    StoredFields stored = leaf.reader().storedFields();
                    Bits live = leaf.reader().getLiveDocs();
                    for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                        if (live == null || live.get(i)) {
                            action.accept(stored.document(i, fields));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return versionOf(s);
        });
    }

    @Override
    public String lastingVersion() {
        return withSearcher(this::versionOf);
    }

    /**
     * The generation the searcher reads (its folder) and the version of its commit: both are on disk, and every change
     * moves one of them.
     */
    private String versionOf(IndexSearcher s) {
        org.apache.lucene.index.DirectoryReader reader = (org.apache.lucene.index.DirectoryReader) s.getIndexReader();
        Directory dir = org.apache.lucene.store.FilterDirectory.unwrap(reader.directory());
        String folder = dir instanceof FSDirectory fs ? fs.getDirectory().getFileName().toString() : generation();
        return folder + "-" + reader.getVersion();
    }

    /** @return the stored fields of the document with {@code id}, if the current index has it */
    public java.util.Optional<Document> storedDocument(String id) {
        return java.util.Optional.ofNullable(withSearcher(s -> {
            try {
                TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
                return top.scoreDocs.length == 0 ? null : s.storedFields().document(top.scoreDocs[0].doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * @return the stored fields of the documents with these ids that the index has, in the order given, without the
     *         text: reading a long text decompresses and decodes most of a document's bytes
     */
    public List<Document> storedDocumentsWithoutText(List<String> ids) {
        List<Document> out = withSearcher(s -> {
            try {
                List<Document> found = new java.util.ArrayList<>();
                org.apache.lucene.index.StoredFields stored = s.storedFields();
                for (String id : ids) {
                    TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
                    if (top.scoreDocs.length > 0) {
                        found.add(StoredFieldsBut.withoutText(stored, top.scoreDocs[0].doc));
                    }
                }
                return found;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out == null ? List.of() : out;
    }

    private static void release(ReferenceManager<IndexSearcher> manager, IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers code to run after each swap or refresh (suggesters and caches rebuild from the new index). */
    public void onChange(Runnable listener) {
        swapListeners.add(listener);
    }

    @Override
    public List<IndexedEntry> entries() {
        List<IndexedEntry> entries = new java.util.ArrayList<>();
        forEachDocument(ENTRY_FIELDS, d -> {
            try {
                entries.add(new IndexedEntry(d.get(IndexFields.ID), d.get(IndexFields.URL),
                        d.get(IndexFields.BYTES_HASH), d.get(IndexFields.CONTENT_HASH), d.get(IndexFields.SOURCE),
                        Boolean.parseBoolean(d.get(IndexFields.ARCHIVED)), DocumentMapper.storedAlsoFrom(d)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return entries;
    }

    private static final Set<String> ENTRY_FIELDS = Set.of(IndexFields.ID, IndexFields.URL, IndexFields.BYTES_HASH,
            IndexFields.CONTENT_HASH, IndexFields.SOURCE, IndexFields.ARCHIVED, IndexFields.ALSO_FROM);

    @Override
    public WriteSession beginFull() throws IOException {
        String generation = GENERATION_PREFIX + System.currentTimeMillis();
        Path dir = root.resolve(generation);
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig iwc = writerConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(new BalancedForceMerge());
        return new Build(generation, directory, new IndexWriter(directory, iwc));
    }

    @Override
    public WriteSession beginIncremental() throws IOException {
        Live l = live;
        if (l == null) {
            return beginFull();
        }
        return new Update(new IndexWriter(l.directory(),
                writerConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND)));
    }

    /** The document {@code entry} names, read back from the live index and written again with {@code archived}. */
    private Document copyOf(IndexedEntry entry, boolean archived) throws IOException {
        Document stored = storedDocument(entry.id()).orElseThrow(() -> new IOException("document " + entry.id()
                + " vanished from the live index during the run"));
        return mapper.toLucene(mapper.fromStored(stored, archived), entry.bytesHash());
    }

    private static Term idTerm(String id) {
        return new Term(IndexFields.ID, id);
    }

    /**
     * Writes the documents of {@code relisted} again with their new lists of other sources, reading each one back
     * through {@code writer} as this session left it.
     */
    private void applyRelists(IndexWriter writer, Map<String, List<SourceCopy>> relisted) throws IOException {
        if (relisted.isEmpty()) {
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Map.Entry<String, List<SourceCopy>> e : relisted.entrySet()) {
                TopDocs top = searcher.search(new TermQuery(idTerm(e.getKey())), 1);
                if (top.scoreDocs.length == 0) {
                    continue; // deleted in this session after all
                }
                Document stored = searcher.storedFields().document(top.scoreDocs[0].doc);
                if (DocumentMapper.storedAlsoFrom(stored).equals(e.getValue())) {
                    continue;
                }
                EnrichedDocument doc = mapper.fromStored(stored, Boolean.parseBoolean(stored.get(IndexFields.ARCHIVED)))
                        .withAlsoFrom(e.getValue());
                writer.updateDocument(idTerm(e.getKey()), mapper.toLucene(doc, stored.get(IndexFields.BYTES_HASH)));
            }
        }
    }

    private IndexWriterConfig writerConfig() {
        IndexWriterConfig iwc = new IndexWriterConfig(analyzer);
        iwc.setRAMBufferSizeMB(64);
        iwc.setCommitOnClose(false);
        return iwc;
    }

    private static Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        data.put(IndexFields.SCHEMA_VERSION_KEY, Integer.toString(IndexFields.SCHEMA_VERSION));
        data.put("alpkb.committedAt", Instant.now().toString());
        return data;
    }

    /** What both kinds of session do alike: write documents, and remember new lists of other sources. */
    private abstract class Session implements WriteSession {
        final IndexWriter writer;
        final Map<String, List<SourceCopy>> relisted = new java.util.concurrent.ConcurrentHashMap<>();
        boolean published;

        Session(IndexWriter writer) {
            this.writer = writer;
        }

        @Override
        public void put(EnrichedDocument doc, String bytesHash) throws IOException {
            writer.updateDocument(idTerm(doc.id()), mapper.toLucene(doc, bytesHash));
        }

        @Override
        public void relist(String id, List<SourceCopy> alsoFrom) {
            relisted.put(id, List.copyOf(alsoFrom));
        }
    }

    /** A full build in a generation of its own, which becomes the live one when published. */
    private final class Build extends Session {
        private final String generation;
        private final Directory directory;

        private Build(String generation, Directory directory, IndexWriter writer) {
            super(writer);
            this.generation = generation;
            this.directory = directory;
        }

        @Override
        public void carry(IndexedEntry entry, boolean archived) throws IOException {
            writer.updateDocument(idTerm(entry.id()), copyOf(entry, archived));
        }

        @Override
        public void delete(IndexedEntry entry) {
            // the new generation starts empty: a document not put or carried into it is gone once it is published
        }

        @Override
        public void publish() throws IOException {
            applyRelists(writer, relisted);
            writer.setLiveCommitData(commitData().entrySet());
            writer.forceMerge(FacetSearcher.parts(writer.getDocStats().numDocs, SEARCH_THREADS,
                    FacetSearcher.MIN_DOCS_PER_SLICE), true);
            writer.commit();
            writer.close();
            directory.close();
            synchronized (swapLock) {
                writeCurrent(generation);
                Live old = live;
                live = open(generation);
                published = true;
                if (old != null) {
                    old.manager().close();
                    old.directory().close();
                    Folders.deleteTree(root.resolve(old.generation()));
                }
            }
            log.info("Published index {} with {} documents", generation, documentCount());
            swapListeners.forEach(Runnable::run);
        }

        @Override
        public void close() throws IOException {
            if (published) {
                return;
            }
            try {
                writer.rollback();
            } finally {
                directory.close();
                Folders.deleteTree(root.resolve(generation));
            }
        }
    }

    /** Changes to the live generation, committed together when published. */
    private final class Update extends Session {
        private Update(IndexWriter writer) {
            super(writer);
        }

        @Override
        public void carry(IndexedEntry entry, boolean archived) throws IOException {
            if (entry.archived() != archived) { // otherwise the live generation has it as it is already
                writer.updateDocument(idTerm(entry.id()), copyOf(entry, archived));
            }
        }

        @Override
        public void delete(IndexedEntry entry) throws IOException {
            writer.deleteDocuments(idTerm(entry.id()));
        }

        @Override
        public void publish() throws IOException {
            applyRelists(writer, relisted);
            writer.setLiveCommitData(commitData().entrySet());
            writer.commit();
            writer.close();
            published = true;
            Live l = live;
            if (l != null) {
                l.manager().maybeRefreshBlocking();
            }
            swapListeners.forEach(Runnable::run);
        }

        @Override
        public void close() throws IOException {
            if (!published) {
                writer.rollback();
            }
        }
    }

    private void writeCurrent(String generation) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation, StandardCharsets.UTF_8);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (swapLock) {
            Live l = live;
            live = null;
            try {
                if (l != null) {
                    l.manager().close();
                    l.directory().close();
                }
            } finally {
                searchThreads.shutdown();
            }
        }
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public Analyzer analyzer() {
        return analyzer;
    }
}
