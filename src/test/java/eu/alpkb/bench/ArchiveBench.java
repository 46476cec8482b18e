package eu.alpkb.bench;

import eu.alpkb.AnswerKey;
import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import eu.alpkb.search.RelevanceTest;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.web.WebApp;
import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fixed cost per request on the bundled archive (123 documents), where a search itself is almost free: whatever the
 * service spends per request shows here and not in the work of the search. The archive is indexed through the real
 * pipeline (the folder source the tests use), with the cache of answers off unless {@code bench.cache} says
 * otherwise, then
 * <ol>
 * <li>a realistic mix of requests (the questions {@code RelevanceTest} judges, browsing, filters of every kind, typos,
 * questions as typed, dates and sorts) is timed through {@link SearchIndex#search} in-process: the answer's own
 * {@code tookMs} and {@code System.nanoTime} around the call, which is what {@code tookMs} measures without its
 * rounding to whole milliseconds;</li>
 * <li>the same mix over HTTP on loopback against the real Javalin app, with one client and then four, next to
 * {@code /health}, the floor of the HTTP stack: what a search adds to a request is the difference.</li>
 * </ol>
 *
 * <p>Settings: {@code bench.dir} (target/bench/archive: config and data, rebuilt every run), {@code bench.rounds} (5),
 * {@code bench.reps} repetitions of the mix per round in-process (20), {@code bench.httpSeconds} per round and side
 * (4), {@code bench.clients} (1,4), {@code bench.cache} (0), {@code bench.only} ({@code service} or {@code http} to
 * run one half, e.g. under a profiler), {@code bench.pick} (only the requests whose label contains it).
 */
public final class ArchiveBench {
    static final double TARGET_P50_MS = 1;
    static final double TARGET_P99_MS = 5;
    /** What a search may add to a request over {@code /health}, at the median, in ms. */
    static final double TARGET_HTTP_EXTRA_MS = 1.5;

    private static SearchBench.Q dated(String text, LocalDate from, LocalDate to) {
        return new SearchBench.Q(text, Map.of(), from, to, SearchRequest.Sort.RELEVANCE);
    }

    private static SearchBench.Q sorted(String text, SearchRequest.Sort sort, String... filters) {
        SearchBench.Q q = SearchBench.q(text, filters);
        return new SearchBench.Q(q.q(), q.filters(), null, null, sort);
    }

    /** The mix: every judged question of {@code RelevanceTest}, then what else a visitor of the archive sends. */
    static List<SearchBench.Q> queries() {
        List<SearchBench.Q> out = new ArrayList<>();
        RelevanceTest.judgedQueries().forEach(q -> out.add(SearchBench.q(q)));
        out.addAll(List.of(
                // browsing: the first page, newest first, then by a facet
                SearchBench.q(""),
                sorted("", SearchRequest.Sort.DATE_DESC, "type=interview"),
                SearchBench.q("", "region=ITC1"),
                SearchBench.q("", "sector=plastics", "lang=fr"),
                SearchBench.q("", "year=2014"),
                SearchBench.q("", "year=2014-09"),
                sorted("", SearchRequest.Sort.EVENT_ASC, "type=event"),
                // words with filters of every dimension
                SearchBench.q("cluster", "region=AT31"),
                SearchBench.q("internationalisation", "sector=internationalisation", "type=news"),
                SearchBench.q("AlpCafé", "lang=it", "lang=de"),
                SearchBench.q("interview", "org=plastipolis"),
                SearchBench.q("conference", "project=alpclusters2020"),
                SearchBench.q("innovation", "region=ITH3", "sector=cluster-policy", "year=2014"),
                dated("workshop", LocalDate.of(2014, 1, 1), LocalDate.of(2014, 6, 30)),
                sorted("survey", SearchRequest.Sort.DATE_ASC),
                // typos, which take the fuzzy fallback and the spelling suggestion
                SearchBench.q("clustre managment"),
                SearchBench.q("Plastipollis"),
                SearchBench.q("internationalistion Piemont"),
                // questions and words as typed, in the archive's four languages
                SearchBench.q("what is smart specialisation?"),
                SearchBench.q("who organised the AlpCafé in Lyon"),
                SearchBench.q("interviews with cluster managers"),
                SearchBench.q("l'AlpCafé"),
                SearchBench.q("sanità"),
                SearchBench.q("plasturgie"),
                SearchBench.q("Veranstaltung"),
                SearchBench.q("\"final conference\""),
                SearchBench.q("cluster* -Stuttgart"),
                SearchBench.q("title:interview")));
        return out;
    }

    public static void main(String[] args) throws Exception {
        Bench.header("ArchiveBench");
        Path root = Path.of(Bench.prop("bench.dir", "target/bench/archive")).toAbsolutePath();
        Bench.deleteTree(root);
        if (System.getProperty("bench.cache") == null) {
            System.setProperty("bench.cache", "0"); // BenchConfig reads it: the targets are for searches on the index
        }
        String only = Bench.prop("bench.only", "");
        String source = "  - name: archive\n    type: folder\n    path: " + AnswerKey.SITE
                + "\n    urlPrefix: /archive/\n    exclude: [\"private/**\", \"robots.txt\", \"sitemap.xml\","
                + " \"assets/**\"]\n";
        Config config = ConfigLoader.load(BenchConfig.write(root, source));
        try (Services services = new Services(config, root.resolve("data"), null)) {
            long t0 = System.nanoTime();
            services.indexer().run(services.sources().configured(null), Indexer.Mode.FULL, Progress.NONE,
                    () -> false);
            String pick = Bench.prop("bench.pick", "");
            List<SearchBench.Q> mix = queries().stream().filter(q -> q.label().contains(pick)).toList();
            System.out.printf("index: %,d documents from %s in %.1f s; cache of answers: %s; mix of %d requests%n%n",
                    services.store().documentCount(), AnswerKey.SITE, (System.nanoTime() - t0) / 1e9,
                    config.service().server().resultCacheSize() == 0 ? "off (every search runs on the index)"
                            : config.service().server().resultCacheSize() + " entries", mix.size());
            // every request of the mix must be a valid one: a refused filter would time an error, not a search
            for (SearchBench.Q q : mix) {
                services.reader().search(q.request());
            }
            double[] service = only.equals("http") ? null : inProcess(services.reader(), mix);
            double[][] http = only.equals("service") ? null : http(services, mix);
            System.out.println("targets (bundled archive, cache off, every facet counted):");
            if (service != null) {
                System.out.println("  search p50 <= " + TARGET_P50_MS + " ms: " + Bench.f2(service[0]) + " -> "
                        + Bench.verdict(service[0] <= TARGET_P50_MS) + " (CPU time " + Bench.f2(service[2]) + ")");
                System.out.println("  search p99 <= " + TARGET_P99_MS + " ms: " + Bench.f2(service[1]) + " -> "
                        + Bench.verdict(service[1] <= TARGET_P99_MS) + " (CPU time " + Bench.f2(service[3]) + ")");
            }
            if (http != null) {
                for (double[] h : http) {
                    System.out.printf("  HTTP, %d client(s): /api/search p50 - /health p50 <= %s ms: %s -> %s"
                            + " (CPU per request, search - health: %s ms)%n", (int) h[0], TARGET_HTTP_EXTRA_MS,
                            Bench.f2(h[1]), Bench.verdict(h[1] <= TARGET_HTTP_EXTRA_MS), Bench.f2(h[3]));
                }
            }
        }
        System.exit(0);
    }

    /** @return the medians over rounds of p50 and p99 of nanoTime around {@code search}, in ms */
    private static double[] inProcess(SearchIndex index, List<SearchBench.Q> mix) {
        int rounds = Bench.intProp("bench.rounds", 5);
        int reps = Bench.intProp("bench.reps", 20);
        List<SearchRequest> requests = mix.stream().map(SearchBench.Q::request).toList();
        for (int i = 0; i < 200; i++) { // warm-up: the JIT compiles the search path
            for (SearchRequest r : requests) {
                index.search(r);
            }
        }
        double[][] timed = new double[2][rounds];
        double[][] took = new double[2][rounds];
        double[][] cpu = new double[3][rounds];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] allocated = new long[rounds];
        long[] cpuNanos = new long[requests.size() * reps];
        double[] mean = new double[rounds];
        long[] perQuery = new long[requests.size()];
        int n = requests.size() * reps;
        long[] nanos = new long[n];
        long[] tookNanos = new long[n];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            int k = 0;
            long sum = 0;
            long cpuSum = 0;
            long bytes0 = threads.getCurrentThreadAllocatedBytes();
            for (int rep = 0; rep < reps; rep++) {
                for (int i = 0; i < requests.size(); i++) {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    SearchResult r = index.search(requests.get(i));
                    long t = System.nanoTime() - start;
                    cpuNanos[k] = threads.getCurrentThreadCpuTime() - cpu0;
                    cpuSum += cpuNanos[k];
                    sink += r.total();
                    nanos[k] = t;
                    tookNanos[k++] = r.tookMs() * 1_000_000;
                    perQuery[i] += t;
                    sum += t;
                }
            }
            timed[0][round] = Bench.percentileMs(nanos, n, 50);
            timed[1][round] = Bench.percentileMs(nanos, n, 99);
            took[0][round] = Bench.percentileMs(tookNanos, n, 50);
            took[1][round] = Bench.percentileMs(tookNanos, n, 99);
            mean[round] = sum / 1e6 / n;
            allocated[round] = (threads.getCurrentThreadAllocatedBytes() - bytes0) / n;
            cpu[0][round] = Bench.percentileMs(cpuNanos, n, 50);
            cpu[1][round] = Bench.percentileMs(cpuNanos, n, 99);
            cpu[2][round] = cpuSum / 1e6 / n;
        }
        System.out.printf("in-process: SearchIndex.search, %d requests x %d repetitions per round, %d rounds"
                + " (hits found: %,d; CPU time does not count the waits of a machine shared with other work)%n",
                requests.size(), reps, rounds, sink);
        Bench.row("median over rounds", "p50 ms", "p99 ms", "mean ms");
        Bench.row("nanoTime around search (tookMs unrounded)", Bench.f2(Bench.median(timed[0])),
                Bench.f2(Bench.median(timed[1])), Bench.f2(Bench.median(mean)));
        Bench.row("CPU time of the searching thread", Bench.f2(Bench.median(cpu[0])),
                Bench.f2(Bench.median(cpu[1])), Bench.f2(Bench.median(cpu[2])));
        Bench.row("KB allocated per search (median of rounds)", "", "", Bench.f0(Bench.median(
                java.util.Arrays.stream(allocated).asDoubleStream().toArray()) / 1024));
        Bench.row("tookMs as answered (whole ms)", Bench.f0(Bench.median(took[0])),
                Bench.f0(Bench.median(took[1])), "");
        System.out.println("slowest requests of the mix (mean over every round):");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(perQuery[b], perQuery[a]));
        for (int i : order.subList(0, Math.min(6, order.size()))) {
            SearchResult r = index.search(requests.get(i));
            Bench.row("  " + mix.get(i).label(), Bench.f2(perQuery[i] / 1e6 / ((long) reps * rounds)) + " ms",
                    r.total() + " hits", r.fuzzy() ? "fuzzy" : r.suggestion() != null ? "suggestion" : "");
        }
        System.out.println();
        return new double[] {Bench.median(timed[0]), Bench.median(timed[1]), Bench.median(cpu[0]),
            Bench.median(cpu[1])};
    }

    /** @return CPU time this process has used, every thread together */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * @return bytes allocated so far by the threads of this process alive now: the server's (the client threads of a
     *         load phase have ended by the time it is read, and their allocation with them)
     */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, b);
        }
        return sum;
    }

    /** @return per number of clients: the clients, then the difference of p50 and of p99 to {@code /health} */
    private static double[][] http(Services services, List<SearchBench.Q> mix) throws Exception {
        int rounds = Bench.intProp("bench.rounds", 5);
        long millis = Bench.longProp("bench.httpSeconds", 4) * 1000;
        String[] clients = Bench.prop("bench.clients", "1,4").split(",");
        Javalin app = WebApp.create(services).start("127.0.0.1", 0);
        double[][] out = new double[clients.length][];
        try {
            String base = "http://127.0.0.1:" + app.port();
            List<String> search = mix.stream().map(q -> base + q.path()).toList();
            List<String> health = List.of(base + "/health");
            SearchBench.load(search, 2, 8000); // warm-up of the whole path, server and client
            SearchBench.load(health, 2, 2000);
            for (int c = 0; c < clients.length; c++) {
                int threads = Integer.parseInt(clients[c].strip());
                double[][] s = new double[5][rounds];
                double[][] h = new double[5][rounds];
                long errors = 0;
                for (int round = 0; round < rounds; round++) {
                    long c0 = processCpuNanos();
                    long a0 = allocatedBytes();
                    SearchBench.Load ls = SearchBench.load(search, threads, millis);
                    long c1 = processCpuNanos();
                    long a1 = allocatedBytes();
                    SearchBench.Load lh = SearchBench.load(health, threads, millis);
                    long c2 = processCpuNanos();
                    long a2 = allocatedBytes();
                    s[4][round] = (a1 - a0) / 1024.0 / Math.max(1, ls.count());
                    h[4][round] = (a2 - a1) / 1024.0 / Math.max(1, lh.count());
                    s[3][round] = (c1 - c0) / 1e6 / Math.max(1, ls.count());
                    h[3][round] = (c2 - c1) / 1e6 / Math.max(1, lh.count());
                    s[0][round] = ls.rate();
                    s[1][round] = ls.p50();
                    s[2][round] = ls.p99();
                    h[0][round] = lh.rate();
                    h[1][round] = lh.p50();
                    h[2][round] = lh.p99();
                    errors += ls.errors() + lh.errors();
                }
                double[] dCpu = new double[rounds];
                double[] dAlloc = new double[rounds];
                double[] d50 = new double[rounds];
                double[] d99 = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    d50[round] = s[1][round] - h[1][round];
                    d99[round] = s[2][round] - h[2][round];
                    dCpu[round] = s[3][round] - h[3][round];
                    dAlloc[round] = s[4][round] - h[4][round];
                }
                System.out.printf("HTTP on loopback (java.net.http, no gzip asked), %d client(s), %d rounds of %d s"
                        + " each side; errors: %d; CPU: of the whole process (server and clients) per request%n",
                        threads, rounds, millis / 1000, errors);
                Bench.row("median over rounds", "requests/s", "p50 ms", "p99 ms", "CPU ms/request",
                        "server KB/req");
                Bench.row("/api/search (the mix)", Bench.f0(Bench.median(s[0])), Bench.f2(Bench.median(s[1])),
                        Bench.f2(Bench.median(s[2])), Bench.f2(Bench.median(s[3])), Bench.f0(Bench.median(s[4])));
                Bench.row("/health", Bench.f0(Bench.median(h[0])), Bench.f2(Bench.median(h[1])),
                        Bench.f2(Bench.median(h[2])), Bench.f2(Bench.median(h[3])), Bench.f0(Bench.median(h[4])));
                Bench.row("search - health (same round)", "", Bench.f2(Bench.median(d50)),
                        Bench.f2(Bench.median(d99)), Bench.f2(Bench.median(dCpu)), Bench.f0(Bench.median(dAlloc)));
                System.out.println();
                out[c] = new double[] {threads, Bench.median(d50), Bench.median(d99), Bench.median(dCpu)};
            }
        } finally {
            app.stop();
        }
        return out;
    }
}
