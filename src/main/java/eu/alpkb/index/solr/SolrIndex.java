package eu.alpkb.index.solr;

import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.SourceCopy;
import eu.alpkb.index.DocumentIndex;
import eu.alpkb.index.DocumentMapper;
import eu.alpkb.index.DocumentStream;
import eu.alpkb.index.IndexFields;
import eu.alpkb.index.IndexedEntry;
import eu.alpkb.index.WriteSession;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index as a run writes it, kept in SolrCloud. Searches go through an alias. A full run fills a new collection and
 * moves the alias to it in one step when it publishes, so searches never see a half-built collection and a failed run
 * leaves the alias where it was; the collection it replaced is deleted afterwards. An incremental run keeps its
 * changes until it publishes, then sends them to the live collection and commits: Solr has no rollback in cloud mode,
 * and an abandoned run must leave the live index as it was.
 */
public final class SolrIndex implements DocumentIndex, DocumentStream {
    private static final Logger LOG = LoggerFactory.getLogger(SolrIndex.class);
    private static final int BATCH = 200;
    /** Tries of one update: with doubling waits from half a second, about 15 seconds in all. */
    private static final int UPDATE_ATTEMPTS = 6;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final String ENTRY_FIELDS = String.join(",", IndexFields.ID, IndexFields.URL,
            IndexFields.BYTES_HASH, IndexFields.CONTENT_HASH, IndexFields.SOURCE, IndexFields.ARCHIVED,
            IndexFields.ALSO_FROM);

    private final SolrCluster cluster;
    private final DocumentMapper mapper;
    private final Configset configset;
    private final String alias;
    private final List<Runnable> publishListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public SolrIndex(SolrCluster cluster, DocumentMapper mapper, Configset configset) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.configset = configset;
        this.alias = cluster.settings().collection();
    }

    /** @return the alias searches go through */
    public String alias() {
        return alias;
    }

    /** Calls {@code listener} after each published session, for readers that cache what the index holds. */
    public void onPublish(Runnable listener) {
        publishListeners.add(listener);
    }

    @Override
    public void onChange(Runnable listener) {
        onPublish(listener);
    }

    @Override
    public String forEachDocument(java.util.Set<String> fields, Consumer<Document> action) {
        if (hasIndex()) {
            forEach(alias, "*:*", String.join(",", fields), d -> action.accept(SolrDocuments.toStoredFields(d)));
        }
        return null;
    }

    /** None: this process counts the collection's changes from zero at each start. */
    @Override
    public String lastingVersion() {
        return null;
    }

    @Override
    public boolean hasIndex() {
        return cluster.aliasTarget(alias).isPresent();
    }

    @Override
    public String generation() {
        return cluster.aliasTarget(alias).orElse(null);
    }

    @Override
    public List<IndexedEntry> entries() {
        List<IndexedEntry> entries = new ArrayList<>();
        if (!hasIndex()) {
            return entries;
        }
        forEach(alias, "*:*", ENTRY_FIELDS, d -> {
            Document stored = SolrDocuments.toStoredFields(d);
            try {
                entries.add(new IndexedEntry(stored.get(IndexFields.ID), stored.get(IndexFields.URL),
                        stored.get(IndexFields.BYTES_HASH), stored.get(IndexFields.CONTENT_HASH),
                        stored.get(IndexFields.SOURCE), Boolean.parseBoolean(stored.get(IndexFields.ARCHIVED)),
                        DocumentMapper.storedAlsoFrom(stored)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return entries;
    }

    /** Streams every document of {@code collection} matching {@code query}, in id order, with {@code fields}. */
    void forEach(String collection, String query, String fields, Consumer<SolrDocument> sink) {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery q = new SolrQuery(query).setFields(fields).setRows(500).setSort(IndexFields.ID,
                    SolrQuery.ORDER.asc);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = cluster.send(new QueryRequest(q), collection);
            r.getResults().forEach(sink);
            if (cursor.equals(r.getNextCursorMark())) {
                return;
            }
            cursor = r.getNextCursorMark();
        }
    }

    @Override
    public WriteSession beginFull() {
        ensureConfigset();
        String name = alias + "-" + STAMP.format(Instant.now());
        var settings = cluster.settings();
        cluster.send(CollectionAdminRequest.createCollection(name, configset.name(), settings.shards(),
                settings.replicas()), null);
        return new Build(name);
    }

    @Override
    public WriteSession beginIncremental() {
        Optional<String> live = cluster.aliasTarget(alias);
        return live.isEmpty() ? beginFull() : new Update(live.get());
    }

    /** Uploads the configset unless the cluster has it: its name changes with its content. */
    private void ensureConfigset() {
        var list = cluster.send(new ConfigSetAdminRequest.List(), null);
        if (list.getConfigSets().contains(configset.name())) {
            return;
        }
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName(configset.name());
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(configset.zip(),
                configset.name() + ".zip", "application/zip");
        upload.setUploadStream(zip);
        cluster.send(upload, null);
    }

    /** @return the stored document with {@code id} in {@code collection}, including updates not yet committed */
    Optional<SolrDocument> realTimeGet(String collection, String id) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("id", id);
        QueryRequest get = new QueryRequest(p);
        get.setPath("/get");
        QueryResponse r = cluster.send(get, collection);
        Object doc = r.getResponse().get("doc");
        return doc instanceof SolrDocument d ? Optional.of(d) : Optional.empty();
    }

    /**
     * @return the stored documents with these ids in {@code collection} that it has, with the fields {@code fields},
     *         including updates not yet committed
     */
    List<SolrDocument> realTimeGet(String collection, List<String> ids, String fields) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("ids", String.join(",", ids));
        p.set("fl", fields);
        QueryRequest get = new QueryRequest(p);
        get.setPath("/get");
        QueryResponse r = cluster.send(get, collection);
        return r.getResults() == null ? List.of() : new ArrayList<>(r.getResults());
    }

    /**
     * Sends an update, trying again for a while when the cluster refuses it: a shard whose leader has just gone down
     * takes a few seconds to elect another. Updates by id are idempotent, so sending one twice does no harm.
     *
     * @throws SolrUnavailableException when the last try failed too
     */
    private void update(UpdateRequest request, String collection) {
        long wait = 500;
        for (int attempt = 1; ; attempt++) {
            try {
                cluster.send(request, collection);
                return;
            } catch (SolrUnavailableException e) {
                if (attempt == UPDATE_ATTEMPTS) {
                    throw e;
                }
                LOG.warn("update to {} failed (attempt {} of {}), trying again: {}", collection, attempt,
                        UPDATE_ATTEMPTS, e.getMessage());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait *= 2;
            }
        }
    }

    private void published() {
        publishListeners.forEach(Runnable::run);
    }

    /** What both kinds of session share: documents made from enriched records, and new lists of other sources. */
    private abstract class Session implements WriteSession {
        final String target;
        final Map<String, List<SourceCopy>> relisted = new ConcurrentHashMap<>();
        boolean published;

        Session(String target) {
            this.target = target;
        }

        @Override
        public void put(EnrichedDocument doc, String bytesHash) throws IOException {
            try {
                send(SolrDocuments.toSolr(mapper.fields(doc, bytesHash)));
            } catch (SolrUnavailableException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void carry(IndexedEntry entry, boolean archived) throws IOException {
            SolrDocument live;
            try {
                live = realTimeGet(alias, entry.id()).orElse(null);
            } catch (SolrUnavailableException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (live == null) {
                throw new IOException("document " + entry.id() + " vanished from the live index during the run");
            }
            put(mapper.fromStored(SolrDocuments.toStoredFields(live), archived), entry.bytesHash());
        }

        @Override
        public void relist(String id, List<SourceCopy> alsoFrom) {
            relisted.put(id, List.copyOf(alsoFrom));
        }

        /** @throws SolrUnavailableException when the cluster refused the documents even after retrying */
        abstract void send(SolrInputDocument doc);

        /** The document {@code id} as this session leaves it, or empty when the session removes it. */
        abstract Optional<Document> current(String id);

        /** Writes each relisted document again with its new list of other sources. */
        void applyRelists() throws IOException {
            for (Map.Entry<String, List<SourceCopy>> e : relisted.entrySet()) {
                Optional<Document> stored = current(e.getKey());
                if (stored.isEmpty() || DocumentMapper.storedAlsoFrom(stored.get()).equals(e.getValue())) {
                    continue;
                }
                Document d = stored.get();
                EnrichedDocument doc = mapper.fromStored(d, Boolean.parseBoolean(d.get(IndexFields.ARCHIVED)))
                        .withAlsoFrom(e.getValue());
                send(SolrDocuments.toSolr(mapper.fields(doc, d.get(IndexFields.BYTES_HASH))));
            }
        }

        void commit() {
            UpdateRequest commit = new UpdateRequest();
            commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
            update(commit, target);
        }
    }

    /** A full run: a new collection, behind the alias once published, deleted if not. */
    private final class Build extends Session {
        private final List<SolrInputDocument> batch = new ArrayList<>();

        Build(String target) {
            super(target);
        }

        @Override
        void send(SolrInputDocument doc) {
            List<SolrInputDocument> full = null;
            synchronized (batch) {
                batch.add(doc);
                if (batch.size() >= BATCH) {
                    full = new ArrayList<>(batch);
                    batch.clear();
                }
            }
            if (full != null) {
                add(full);
            }
        }

        private void add(List<SolrInputDocument> docs) {
            if (!docs.isEmpty()) {
                UpdateRequest u = new UpdateRequest();
                u.add(docs);
                update(u, target);
            }
        }

        private void flush() {
            List<SolrInputDocument> rest;
            synchronized (batch) {
                rest = new ArrayList<>(batch);
                batch.clear();
            }
            add(rest);
        }

        @Override
        Optional<Document> current(String id) {
            return realTimeGet(target, id).map(SolrDocuments::toStoredFields);
        }

        @Override
        public void delete(IndexedEntry entry) {
            // the new collection never had it
        }

        @Override
        public void publish() throws IOException {
            try {
                build();
            } catch (SolrUnavailableException e) {
                throw new IOException("collection " + target + " not published: " + e.getMessage(), e);
            }
        }

        private void build() throws IOException {
            flush();
            applyRelists();
            flush();
            commit();
            Optional<String> old = cluster.aliasTarget(alias);
            cluster.send(CollectionAdminRequest.createAlias(alias, target), null);
            awaitAlias(target);
            published = true;
            published();
            old.ifPresent(this::deleteQuietly);
        }

        private void awaitAlias(String collection) {
            long until = System.nanoTime() + 30_000_000_000L;
            while (!cluster.aliasTarget(alias).equals(Optional.of(collection)) && System.nanoTime() < until) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void deleteQuietly(String collection) {
            try {
                cluster.send(CollectionAdminRequest.deleteCollection(collection), null);
            } catch (SolrUnavailableException e) {
                LOG.warn("replaced collection {} not deleted: {}", collection, e.getMessage());
            }
        }

        @Override
        public void close() {
            if (!published) {
                deleteQuietly(target);
            }
        }
    }

    /** An incremental run: changes kept until published, then sent to the live collection and committed. */
    private final class Update extends Session {
        private final Map<String, SolrInputDocument> puts = new LinkedHashMap<>();
        private final List<String> deletes = new ArrayList<>();

        Update(String target) {
            super(target);
        }

        @Override
        void send(SolrInputDocument doc) {
            synchronized (puts) {
                String id = (String) doc.getFieldValue(IndexFields.ID);
                deletes.remove(id);
                puts.put(id, doc);
            }
        }

        @Override
        public void delete(IndexedEntry entry) {
            synchronized (puts) {
                puts.remove(entry.id());
                deletes.add(entry.id());
            }
        }

        @Override
        Optional<Document> current(String id) {
            synchronized (puts) {
                if (deletes.contains(id)) {
                    return Optional.empty();
                }
                SolrInputDocument pending = puts.get(id);
                if (pending != null) {
                    return Optional.of(SolrDocuments.toStoredFields(SolrDocuments.asStored(pending)));
                }
            }
            return realTimeGet(target, id).map(SolrDocuments::toStoredFields);
        }

        @Override
        public void publish() throws IOException {
            try {
                apply();
            } catch (SolrUnavailableException e) {
                throw new IOException("changes to " + target + " not applied in full: " + e.getMessage(), e);
            }
        }

        private void apply() throws IOException {
            applyRelists();
            List<SolrInputDocument> docs;
            List<String> gone;
            synchronized (puts) {
                docs = new ArrayList<>(puts.values());
                gone = new ArrayList<>(deletes);
            }
            if (!gone.isEmpty()) {
                UpdateRequest d = new UpdateRequest();
                d.deleteById(gone);
                update(d, target);
            }
            for (int i = 0; i < docs.size(); i += BATCH) {
                UpdateRequest u = new UpdateRequest();
                u.add(docs.subList(i, Math.min(docs.size(), i + BATCH)));
                update(u, target);
            }
            commit();
            published = true;
            published();
        }

        @Override
        public void close() {
            // nothing was sent before publishing
        }
    }

    @Override
    public void close() throws IOException {
        cluster.close();
    }
}
