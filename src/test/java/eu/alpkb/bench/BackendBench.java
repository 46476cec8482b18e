package eu.alpkb.bench;

import eu.alpkb.Services;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.Enricher;
import eu.alpkb.index.solr.SolrTestCluster;
import eu.alpkb.search.SearchIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The same generated documents and the same thirty queries ({@link SearchBench#QUERIES}) on both backends, in one
 * run: the embedded Lucene index, and a SolrCloud cluster of two nodes on this machine (Solr's test cluster in a JVM
 * of its own, 1 GB of heap). Measures the index build (enriched documents to a published index, documents per
 * second), the latency of each query through the reader with the cache of answers off (median per-query ratio,
 * p50, p99), and searches per second from several threads.
 *
 * <p>Settings: {@code bench.docs} (100000), {@code bench.shards} (2), {@code bench.replicas} (1),
 * {@code bench.rounds} (5), {@code bench.threads} searching at once (4), {@code bench.seconds} of searching per
 * backend (10), {@code bench.seed} (42).
 */
public final class BackendBench {
    public static void main(String[] args) throws Exception {
        Bench.header("BackendBench");
        int docs = Bench.intProp("bench.docs", 100_000);
        int shards = Bench.intProp("bench.shards", 2);
        int replicas = Bench.intProp("bench.replicas", 1);
        int rounds = Bench.intProp("bench.rounds", 5);
        int threads = Bench.intProp("bench.threads", 4);
        int seconds = Bench.intProp("bench.seconds", 10);
        Path root = Path.of("target/bench/backends-" + docs).toAbsolutePath();
        Bench.deleteTree(root);
        System.setProperty("bench.cache", "0");
        System.out.printf("%,d documents; SolrCloud: 2 nodes, %d shards, %d replicas; cache of answers off%n%n", docs,
                shards, replicas);

        // documents are generated and enriched before the cluster starts: a machine busy with that for minutes
        // would starve the cluster's ZooKeeper sessions
        ScaleGenerator generator = ScaleGenerator.withProjectVocabularies(Bench.longProp("bench.seed", 42));
        EnrichedDocument[] enriched = new EnrichedDocument[docs];
        Enricher enricher = new Enricher(BenchConfig.vocabularyOnly().vocabularies());
        // the generator keeps caches of its own and is read on one thread; enrichment runs on all cores
        eu.alpkb.extract.ExtractedDocument[] extracted = new eu.alpkb.extract.ExtractedDocument[docs];
        for (int i = 0; i < docs; i++) {
            extracted[i] = generator.extracted(i);
        }
        java.util.stream.IntStream.range(0, docs).parallel()
                .forEach(i -> enriched[i] = BenchIndex.enrich(enricher, extracted[i]));
        try (SolrTestCluster cluster = SolrTestCluster.start(2, root.resolve("solr"));
             Services lucene = new Services(ConfigLoader.load(BenchConfig.write(root.resolve("lucene"), "")),
                     root.resolve("lucene/data"), null);
             Services solr = new Services(ConfigLoader.load(BenchConfig.write(root.resolve("solrcloud"), "",
                     cluster.backendYaml("bench", shards, replicas))), root.resolve("solrcloud/data"), null)) {
            int workers = Runtime.getRuntime().availableProcessors();
            System.out.println("index build (enriched documents to a published index):");
            Bench.row("", "docs/s", "seconds");
            for (var named : List.of(new Object[] {"embedded Lucene", lucene}, new Object[] {"SolrCloud", solr})) {
                Services s = (Services) named[1];
                BenchIndex.Timing t = BenchIndex.buildEnriched(s.index(), docs, workers, i -> enriched[i]);
                Bench.row((String) named[0], Bench.f0(t.docsPerSecond()),
                        Bench.f1((t.writeNanos() + t.publishNanos()) / 1e9));
            }
            System.out.printf("SolrCloud collection: %,d documents, %,d MB in %d shards (%,d documents and %,d MB "
                    + "a shard, %d replica%s each)%n%n", solr.reader().documentCount(),
                    solr.reader().sizeInBytes() >> 20, shards, solr.reader().documentCount() / shards,
                    (solr.reader().sizeInBytes() / Math.max(1, replicas) / shards) >> 20, replicas,
                    replicas == 1 ? "" : "s");
            latency(lucene.reader(), solr.reader(), rounds);
            System.out.println();
            System.out.println("searches per second, " + threads + " threads, " + seconds + " s each:");
            Bench.row("", "searches/s");
            Bench.row("embedded Lucene", Bench.f0(throughput(lucene.reader(), threads, seconds)));
            Bench.row("SolrCloud", Bench.f0(throughput(solr.reader(), threads, seconds)));
            System.out.println();
            long heap = heapAfterFullGcMb(cluster.pid());
            System.out.printf("SolrCloud JVM (ZooKeeper and both nodes) after a full GC, its caches warm: %,d MB of "
                    + "heap in use for %,d documents (%,d documents a MB)%n", heap, docs, heap > 0 ? docs / heap : 0);
        }
        System.exit(0);
    }

    private static void latency(SearchIndex lucene, SearchIndex solr, int rounds) {
        int n = SearchBench.QUERIES.size();
        List<long[]> times = List.of(new long[n * rounds], new long[n * rounds]);
        double[][] perQuery = new double[2][n];
        List<SearchIndex> readers = List.of(lucene, solr);
        for (int r = -2; r < rounds; r++) { // two warm-up rounds
            for (int j = 0; j < n; j++) {
                int i = Math.floorMod(j + r, n);
                for (int b = 0; b < 2; b++) {
                    long t0 = System.nanoTime();
                    readers.get(b).search(SearchBench.QUERIES.get(i).request());
                    long took = System.nanoTime() - t0;
                    if (r >= 0) {
                        times.get(b)[r * n + j] = took;
                        perQuery[b][i] += took / (double) rounds;
                    }
                }
            }
        }
        System.out.println("latency through the reader, " + n + " queries x " + rounds + " rounds:");
        Bench.row("", "p50 ms", "p99 ms");
        Bench.row("embedded Lucene", Bench.f2(Bench.percentileMs(times.get(0), n * rounds, 50)),
                Bench.f2(Bench.percentileMs(times.get(0), n * rounds, 99)));
        Bench.row("SolrCloud", Bench.f2(Bench.percentileMs(times.get(1), n * rounds, 50)),
                Bench.f2(Bench.percentileMs(times.get(1), n * rounds, 99)));
        System.out.println("  median of per-query ratios SolrCloud / embedded: "
                + Bench.x(Bench.median(Bench.ratios(perQuery[1], perQuery[0]))));
    }

    /** @return the heap a JVM still uses after a full collection, read with the JDK's jcmd; -1 if unavailable */
    private static long heapAfterFullGcMb(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(info.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        info.waitFor();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) >> 10 : -1;
    }

    private static double throughput(SearchIndex reader, int threads, int seconds) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7;
            Thread w = new Thread(() -> {
                for (int i = offset; running.get(); i++) {
                    reader.search(SearchBench.QUERIES.get(i % SearchBench.QUERIES.size()).request());
                    done.incrementAndGet();
                }
            });
            w.start();
            workers.add(w);
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread w : workers) {
            w.join();
        }
        return done.get() / (double) seconds;
    }
}
