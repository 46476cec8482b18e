package eu.alpkb.bench;

import eu.alpkb.config.Vocabularies;
import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.Person;
import eu.alpkb.enrich.Tag;
import eu.alpkb.extract.ExtractedDocument;
import eu.alpkb.index.DocumentMapper;
import eu.alpkb.index.IndexStore;
import eu.alpkb.index.solr.SolrTestCluster;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.SearchRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The same documents and queries on Solr set up plainly: a schema of its own ({@code solr-plain/schema.xml}: title and
 * text with English analysis, each facet dimension a multi-valued string field with doc values), edismax over
 * {@code title^2 text}, filters as tagged {@code fq}, every dimension counted with {@code facet.field} excluding its
 * own filter (multi-select counts). A baseline of what Solr does for a user who sets it up without alpkb's
 * per-language fields, synonyms and query structure; not alpkb's SolrCloud backend, which has its own configset.
 *
 * <p>The documents are the service index's own, read back from its stored fields with their tags (the enrichment
 * the service indexed), so both engines hold the same documents; regenerating and enriching 100,000 documents would
 * take far longer than indexing them. Solr runs as one node of Solr's test cluster in a JVM of its own (1 GB of
 * heap); the collection keeps its data in a folder of the benchmark's, so a later run over the same number of
 * documents with the same configset reuses the index.
 */
@SuppressWarnings("deprecation") // HttpSolrClient: the SolrJ client that needs no Jetty (see SolrCluster)
final class SolrPlainBaseline implements AutoCloseable {
    private static final String RESOURCES = "/eu/alpkb/bench/solr-plain/";
    private static final String COLLECTION = "plain";
    private static final List<String> DIMENSIONS = List.of("region", "sector", "type", "lang", "year", "org",
            "project", "person");
    /** Values a dimension shows on the service's page, as the service's default {@code facet.limit}. */
    private static final int FACET_LIMIT = eu.alpkb.search.FacetLimits.DEFAULT_LIMIT;
    private static final int BATCH = 1000;

    private final SolrTestCluster cluster;
    private final SolrClient client;
    private final long documents;

    private SolrPlainBaseline(SolrTestCluster cluster, SolrClient client, long documents) {
        this.cluster = cluster;
        this.client = client;
        this.documents = documents;
    }

    /** One timed query: the client's round trip, Solr's own time (QTime, whole milliseconds), and the hits. */
    record Timing(long roundTripNanos, double solrMs, long hits) {
    }

    /**
     * Starts Solr, and indexes the documents of the service's index unless the folder holds an index of as many
     * documents built with the same configset.
     *
     * @param seed the generator's seed the service's index was built with
     */
    static SolrPlainBaseline start(Path dir, long seed, IndexStore store, Vocabularies vocab) throws Exception {
        Map<String, byte[]> files = Map.of("schema.xml", resource("schema.xml"), "solrconfig.xml",
                resource("solrconfig.xml"));
        String stamp = "docs=" + store.documentCount() + " seed=" + seed + " configset=" + hash(files);
        Path data = dir.resolve("data");
        Path marker = dir.resolve("indexed.properties");
        Properties indexed = new Properties();
        if (Files.exists(marker)) {
            try (InputStream in = Files.newInputStream(marker)) {
                indexed.load(in);
            }
        }
        boolean reuse = stamp.equals(indexed.getProperty("stamp")) && !Bench.boolProp("bench.solrRebuild", false);
        Bench.deleteTree(dir.resolve("solr")); // the cluster's ZooKeeper and node folders: new for every run
        if (!reuse) {
            Bench.deleteTree(data);
            Files.deleteIfExists(marker);
        }
        Files.createDirectories(data);
        // Solr only opens folders under its home or on its allowed paths
        SolrTestCluster cluster = SolrTestCluster.start(1, dir.resolve("solr"),
                List.of("-Dsolr.allowPaths=" + dir.toAbsolutePath()));
        SolrClient client = null;
        try {
            client = new HttpSolrClient.Builder(cluster.urls().get(0)).build();
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName(COLLECTION);
            upload.setUploadStream(new ContentStreamBase.ByteArrayStream(zip(files), "plain.zip", "application/zip"));
            upload.process(client);
            CollectionAdminRequest.createCollection(COLLECTION, COLLECTION, 1, 1)
                    .withProperty("dataDir", data.toAbsolutePath().toString()).process(client);
            long found = count(client);
            if (reuse && String.valueOf(found).equals(indexed.getProperty("documents"))) {
                System.out.printf("plain Solr: reusing its index of %,d documents in %s (-Dbench.solrRebuild=true to"
                        + " rebuild)%n", found, data);
                return new SolrPlainBaseline(cluster, client, found);
            }
            client.deleteByQuery(COLLECTION, "*:*");
            long t0 = System.nanoTime();
            long sent = index(client, store, vocab);
            client.commit(COLLECTION);
            double seconds = (System.nanoTime() - t0) / 1e9;
            found = count(client);
            System.out.printf("plain Solr: indexed %,d documents in %.0f s (%,.0f docs/s, read from the service's"
                    + " index)%n", found, seconds, found / seconds);
            if (found != sent) {
                throw new IllegalStateException("plain Solr holds " + found + " documents, " + sent + " were sent");
            }
            indexed.setProperty("stamp", stamp);
            indexed.setProperty("documents", String.valueOf(found));
            indexed.setProperty("seconds", String.format("%.0f", seconds));
            try (var out = Files.newOutputStream(marker)) {
                indexed.store(out, "plain Solr index of SearchBench");
            }
            return new SolrPlainBaseline(cluster, client, found);
        } catch (Exception | Error e) {
            if (client != null) {
                client.close();
            }
            cluster.close();
            throw e;
        }
    }

    /** @return the documents in the collection */
    long documents() {
        return documents;
    }

    private static long count(SolrClient client) throws SolrServerException, IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        return client.query(COLLECTION, p).getResults().getNumFound();
    }

    /** Sends every live document of the service's index, as {@link DocumentMapper#fromStored} reads it back. */
    private static long index(SolrClient client, IndexStore store, Vocabularies vocab) {
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig(), vocab);
        return store.withSearcher(searcher -> {
            long sent = 0;
            List<SolrInputDocument> batch = new ArrayList<>(BATCH);
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    LeafReader reader = leaf.reader();
                    Bits live = reader.getLiveDocs();
                    StoredFields stored = reader.storedFields();
                    for (int doc = 0; doc < reader.maxDoc(); doc++) {
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        batch.add(toSolr(mapper.fromStored(stored.document(doc), false), vocab));
                        if (batch.size() == BATCH) {
                            client.add(COLLECTION, batch);
                            sent += batch.size();
                            batch.clear();
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    client.add(COLLECTION, batch);
                    sent += batch.size();
                }
            } catch (SolrServerException | IOException e) {
                throw new IllegalStateException("plain Solr: indexing failed: " + e.getMessage(), e);
            }
            return sent;
        });
    }

    private static SolrInputDocument toSolr(EnrichedDocument e, Vocabularies vocab) {
        ExtractedDocument d = e.doc();
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", e.id());
        doc.addField("url", d.url());
        doc.addField("source", e.source());
        doc.addField("title", d.title());
        doc.addField("summary", d.summary());
        doc.addField("text", d.text());
        doc.addField("type", e.type());
        doc.addField("lang", e.lang());
        // a tree's value with every node above it, so that a filter on a country matches its regions
        addAll(doc, "region", e.regions().stream().flatMap(t -> vocab.regionPath(t.id()).stream()).toList());
        addAll(doc, "sector", e.sectors().stream().flatMap(t -> vocab.sectorPath(t.id()).stream()).toList());
        addAll(doc, "org", e.orgs().stream().map(Tag::id).toList());
        addAll(doc, "project", e.projects().stream().map(Tag::id).toList());
        addAll(doc, "person", e.people().stream().map(Person::name).toList());
        if (d.date() != null) {
            doc.addField("date", java.util.Date.from(d.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
            doc.addField("year", Integer.toString(d.date().getYear()));
        }
        return doc;
    }

    private static void addAll(SolrInputDocument doc, String field, List<String> values) {
        for (String v : new LinkedHashSet<>(values)) {
            doc.addField(field, v);
        }
    }

    /**
     * The request the plain setup gets for a benchmark query: {@code q} as the user typed it (edismax reads its
     * phrases, {@code -}, {@code OR}, {@code *} and {@code field:} itself; an empty one browses everything through
     * {@code q.alt}), each filter as an {@code fq} tagged with its dimension (the values of one dimension ORed, by
     * their own code), the date range as an {@code fq} on the day, and every dimension counted with
     * {@code facet.field}, its own filter excluded. {@code bench.solrMm} sets edismax's {@code mm} (unset: Solr's
     * default).
     */
    static ModifiableSolrParams params(SearchBench.Q q, FilterValues values) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        if (!q.q().isBlank()) {
            p.set("q", q.q());
        }
        p.set("rows", 10);
        // Solr's default ORs the words (edismax's mm is 0 % then); the service requires every word, which
        // -Dbench.solrMm=100% asks of Solr too, for the same matching at the cost of a setting beyond the plain one
        String mm = System.getProperty("bench.solrMm");
        if (mm != null && !mm.isBlank()) {
            p.set("mm", mm);
        }
        p.set("fl", "id,score,title,url,source,summary,date,type,lang");
        q.filters().forEach((dim, vs) -> p.add("fq", "{!terms f=" + dim + " tag=" + dim + "}" + String.join(",",
                vs.stream().map(v -> {
                    String[] path = values.path(dim, v);
                    return path[path.length - 1];
                }).toList())));
        if (q.from() != null) {
            p.add("fq", "date:[" + q.from() + "T00:00:00Z TO " + q.to() + "T23:59:59.999Z]");
        }
        if (q.sort() == SearchRequest.Sort.DATE_DESC) {
            p.set("sort", "date desc");
        }
        p.set("facet", true);
        p.set("facet.mincount", 1);
        p.set("facet.limit", FACET_LIMIT);
        for (String dim : DIMENSIONS) {
            p.add("facet.field", q.filters().containsKey(dim) ? "{!ex=" + dim + "}" + dim : dim);
        }
        return p;
    }

    /** Sends one request and times it. */
    Timing search(ModifiableSolrParams params) {
        try {
            long t0 = System.nanoTime();
            QueryResponse r = new QueryRequest(params).process(client, COLLECTION);
            long took = System.nanoTime() - t0;
            return new Timing(took, r.getQTime(), r.getResults().getNumFound());
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("plain Solr: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SolrPlainBaseline.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException(RESOURCES + name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    private static String hash(Map<String, byte[]> files) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String name : new java.util.TreeSet<>(files.keySet())) {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update(files.get(name));
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws Exception {
        try {
            client.close();
        } finally {
            cluster.close();
        }
    }
}
