package eu.alpkb.bench;

import eu.alpkb.Services;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.eval.SciFact;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Ranking on BEIR SciFact: the abstracts go through the real pipeline (each written as a small HTML page in a folder
 * source, then extraction, enrichment and the index) and every claim is sent to {@code SearchService} as typed. The
 * same documents and claims also run through a plain Lucene BM25 (title and text in one field, EnglishAnalyzer,
 * k1 0.9, b 0.4) in the same run, the baseline the service must not fall below.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=eu.alpkb.bench.SciFactRanking} or through {@code SciFactRankingTest}.
 */
public final class SciFactRanking {
    /** Figures of one system. */
    public record Scores(double ndcg10, double recall100, int queries, int refused) {
        @Override
        public String toString() {
            return String.format("nDCG@10 %.4f  R@100 %.4f  (%d queries, %d refused)", ndcg10, recall100, queries,
                    refused);
        }
    }

    /** The service's figures next to the plain baseline's. */
    public record Result(Scores service, Scores bm25, long indexMs, long searchMs) {
    }

    private SciFactRanking() {
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("scifact");
        try {
            int keywords = Integer.getInteger("scifact.keywords", 0);
            SciFact data = SciFact.load();
            Result r = run(keywords > 0 ? data.withKeywordQueries(keywords) : data, tmp);
            print(r);
        } finally {
            deleteTree(tmp);
        }
    }

    public static void print(Result r) {
        System.out.printf("SciFact through SearchService: %s  (indexing %d ms, searching %d ms)%n", r.service(),
                r.indexMs(), r.searchMs());
        System.out.printf("SciFact plain Lucene BM25:     %s%n", r.bm25());
        System.out.println("published BM25: 0.665 (BEIR, Elasticsearch), 0.679 (Anserini flat)");
    }

    /** Indexes the collection under {@code tmp} through the pipeline and scores both systems. */
    public static Result run(SciFact data, Path tmp) throws Exception {
        return run(data, tmp, List.of(data)).get(0);
    }

    /**
     * Indexes the collection under {@code tmp} once and scores both systems on each set of queries.
     *
     * @param querySets the collection with its claims, or with the claims changed ({@link
     *                  SciFact#withKeywordQueries}); each is scored on the documents of {@code data}
     * @return a result per set, in their order
     */
    public static List<Result> run(SciFact data, Path tmp, List<SciFact> querySets) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("scifact-pages"));
        for (SciFact.Doc d : data.docs()) {
            Files.writeString(folder.resolve(d.id() + ".html"), page(d), StandardCharsets.UTF_8);
        }
        String source = "  - name: scifact\n    type: folder\n    path: " + folder.toAbsolutePath()
                + "\n    urlPrefix: /scifact/\n" + System.getProperty("scifact.settings", "").replace("|", "\n");
        long t0 = System.nanoTime();
        List<Result> out = new ArrayList<>();
        try (Services services = new Services(ConfigLoader.load(TestConfigs.withSources(tmp, source)),
                tmp.resolve("data"), null)) {
            services.indexer().run(services.sources().configured(null), Indexer.Mode.FULL, Progress.NONE, () -> false);
            long indexMs = (System.nanoTime() - t0) / 1_000_000;
            for (SciFact set : querySets) {
                long t1 = System.nanoTime();
                Scores service = serviceScores(services, set);
                out.add(new Result(service, plainBm25(set), indexMs, (System.nanoTime() - t1) / 1_000_000));
            }
        }
        return out;
    }

    private static Scores serviceScores(Services services, SciFact data) {
        double ndcg = 0;
        double recall = 0;
        int refused = 0;
        for (SciFact.Query q : data.queries()) {
            List<SearchHit> hits;
            try {
                hits = services.reader().search(new SearchRequest(q.text(), Map.of(), null, null,
                        SearchRequest.Sort.RELEVANCE, 1, 100, "en")).hits();
            } catch (eu.alpkb.search.BadQueryException e) {
                refused++; // scored as an empty answer, as a user would see it
                hits = List.of();
            }
            List<String> ids = new ArrayList<>();
            for (SearchHit h : hits) {
                String url = h.url();
                ids.add(url.substring(url.lastIndexOf('/') + 1).replace(".html", ""));
            }
            ndcg += SciFact.ndcg(ids, q.relevant(), 10);
            recall += SciFact.recall(ids, q.relevant(), 100);
        }
        int n = data.queries().size();
        return new Scores(ndcg / n, recall / n, n, refused);
    }

    /** The baseline: one field with title and text, EnglishAnalyzer, BM25(0.9, 0.4), the claim as a bag of words. */
    static Scores plainBm25(SciFact data) throws IOException {
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        BM25Similarity bm25 = new BM25Similarity(0.9f, 0.4f);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setSimilarity(bm25))) {
                for (SciFact.Doc d : data.docs()) {
                    Document doc = new Document();
                    doc.add(new StringField("id", d.id(), Field.Store.YES));
                    doc.add(new TextField("body", d.title() + " " + d.text(), Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(bm25);
                QueryBuilder qb = new QueryBuilder(analyzer);
                double ndcg = 0;
                double recall = 0;
                for (SciFact.Query q : data.queries()) {
                    Query query = qb.createBooleanQuery("body", q.text());
                    List<String> ids = new ArrayList<>();
                    if (query != null) {
                        for (ScoreDoc sd : searcher.search(query, 100).scoreDocs) {
                            ids.add(searcher.storedFields().document(sd.doc).get("id"));
                        }
                    }
                    ndcg += SciFact.ndcg(ids, q.relevant(), 10);
                    recall += SciFact.recall(ids, q.relevant(), 100);
                }
                int n = data.queries().size();
                return new Scores(ndcg / n, recall / n, n, 0);
            }
        }
    }

    private static String page(SciFact.Doc d) {
        String title = escape(d.title());
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><main><article><h1>" + title + "</h1><p>" + escape(d.text())
                + "</p></article></main></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
