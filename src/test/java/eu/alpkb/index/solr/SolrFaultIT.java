package eu.alpkb.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.Services;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import eu.alpkb.pipeline.RunReport;
import eu.alpkb.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of a real two-node SolrCloud cluster goes down while clients search and while a full reindex runs. Every
 * shard has a replica on each node, so searches must keep answering, with the same totals; a reindex must either
 * complete or fail with the old collection still serving; and nothing may be missing once the node is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrFaultIT {
    @TempDir
    static Path tmp;
    static SolrTestCluster cluster;
    static Services solr;
    static int documents;
    static final List<String> QUERIES = List.of("", "cluster", "AlpCafé Stuttgart", "plastics internationalisation",
            "region:AT3", "health OR energy");
    static final Map<String, Long> TOTALS = new HashMap<>();

    @BeforeAll
    static void index() throws Exception {
        cluster = SolrTestCluster.start(2, tmp.resolve("solr"));
        String source = TestConfigs.ARCHIVE_SOURCE;
        solr = new Services(ConfigLoader.load(TestConfigs.withSources(tmp.resolve("config"), source,
                // no cache of answers: every search must reach the cluster
                "  resultCacheSize: 0\n" + cluster.backendYaml("fault", 2, 2))), tmp.resolve("data"), null);
        assertThat(fullRun().completed()).isTrue();
        documents = solr.reader().documentCount();
        for (String q : QUERIES) {
            TOTALS.put(q, solr.reader().search(request(q)).total());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (solr != null) {
            solr.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void searchesKeepAnsweringWhileANodeIsDown() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Thread t = new Thread(() -> {
                int i = 0;
                while (running.get()) {
                    String q = QUERIES.get(i++ % QUERIES.size());
                    try {
                        long total = solr.reader().search(request(q)).total();
                        if (total != TOTALS.get(q)) {
                            wrong.add("'" + q + "': " + total + " instead of " + TOTALS.get(q));
                        }
                        searches.incrementAndGet();
                    } catch (RuntimeException e) {
                        wrong.add("'" + q + "': " + e.getMessage());
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        Thread.sleep(500);
        cluster.stopNode(1);
        int before = searches.get();
        Thread.sleep(3000);
        int whileDown = searches.get() - before;
        cluster.startNode(1);
        Thread.sleep(1000);
        running.set(false);
        for (Thread t : clients) {
            t.join();
        }
        System.out.printf("SolrCloud with a node down: %d searches answered in 3 s, %d wrong or failed%n",
                whileDown, wrong.size());
        assertThat(wrong).isEmpty();
        assertThat(whileDown).isPositive();
    }

    @Test
    @Order(2)
    void aFullReindexWithANodeDownCompletesOrLeavesTheOldCollectionServing() throws Exception {
        String before = solr.index().generation();
        cluster.stopNode(1);
        try {
            RunReport report = fullRunOrFailure();
            assertThat(solr.reader().documentCount()).isEqualTo(documents);
            if (report != null && report.completed()) {
                assertThat(solr.index().generation()).isNotEqualTo(before);
            } else {
                assertThat(solr.index().generation()).isEqualTo(before);
            }
        } finally {
            cluster.startNode(1);
        }
        assertNothingLost();
    }

    @Test
    @Order(3)
    void aNodeGoingDownDuringAFullReindexLosesNothing() throws Exception {
        String before = solr.index().generation();
        // the node stops once the new collection exists and half the documents are read, between two documents
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Progress stopHalfWay = new Progress() {
            @Override
            public void processed(int processed, int failed) {
                if (processed >= documents / 2 && stopped.compareAndSet(false, true)) {
                    try {
                        cluster.stopNode(1);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        RunReport report;
        try {
            report = solr.indexer().run(solr.sources().configured(null), Indexer.Mode.FULL, stopHalfWay,
                    () -> false);
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("full reindex failed cleanly: " + e.getMessage());
            report = null;
        }
        try {
            assertThat(stopped).isTrue();
            assertThat(solr.reader().documentCount()).isEqualTo(documents);
            if (report == null || !report.completed()) {
                assertThat(solr.index().generation()).isEqualTo(before);
            } else {
                System.out.println("full reindex with a node going down completed: " + report.summary());
                assertThat(solr.index().generation()).isNotEqualTo(before);
            }
        } finally {
            cluster.startNode(1);
        }
        assertNothingLost();
    }

    private static void assertNothingLost() {
        assertThat(solr.reader().documentCount()).isEqualTo(documents);
        for (String q : QUERIES) {
            assertThat(solr.reader().search(request(q)).total()).as(q).isEqualTo(TOTALS.get(q));
        }
    }

    private static RunReport fullRun() throws java.io.IOException {
        return solr.indexer().run(solr.sources().configured(null), Indexer.Mode.FULL, Progress.NONE, () -> false);
    }

    /** @return the run's report, or null when it ended with an error */
    private static RunReport fullRunOrFailure() {
        try {
            return fullRun();
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("full reindex failed cleanly: " + e.getMessage());
            return null;
        }
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1, 10, "en");
    }
}
