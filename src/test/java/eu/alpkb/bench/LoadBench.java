package eu.alpkb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import eu.alpkb.pipeline.RunReport;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The service under concurrent search load, as a separate process started from the jar: requests per second and
 * p99 of {@code /api/search} (all facets, snippets) with and without a full reindex running, errors during the
 * reindex, and the process's resident memory.
 *
 * <p>The data: {@code bench.docs} generated pages (100000) written once to {@code bench.dir}/site
 * (target/bench/load-DOCS), indexed in-process through the real folder source and indexer (the figure of a full run
 * from HTML on disk), then served by {@code java -Xmx<bench.heap> -jar target/alpkb.jar} (build it first with
 * {@code mvn -q -DskipTests package}). Settings: {@code bench.clients} (16), {@code bench.seconds} per round (10),
 * {@code bench.rounds} without reindex (3), {@code bench.warmupSeconds} (15), {@code bench.heap} (1g), {@code bench.reindex} (true; false leaves out the
 * rounds during a full reindex, which take as long as the reindex does under load), {@code bench.cache} (the
 * server's cache of recent answers; 0 turns it off), {@code bench.serverJvm} (more options for the server's JVM,
 * separated by spaces, such as a flight recording).
 */
public final class LoadBench {
    /** Searches per second from 4 clients with the cache of answers off (the search issue's target at 100k). */
    static final double TARGET_RPS = 300;
    private static final String TOKEN = "bench-admin-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Bench.header("LoadBench");
        int docs = Bench.intProp("bench.docs", 100_000);
        Path root = Path.of(Bench.prop("bench.dir", "target/bench/load-" + docs)).toAbsolutePath();
        int clients = Bench.intProp("bench.clients", 16);
        long millis = Bench.longProp("bench.seconds", 10) * 1000;
        int rounds = Bench.intProp("bench.rounds", 3);
        boolean reindex = Bench.boolProp("bench.reindex", true);
        Path jar = Path.of(Bench.prop("bench.jar", "target/alpkb.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; run mvn -q -DskipTests package first");
        }

        Path site = root.resolve("site");
        Path marker = site.resolve(".generated-" + docs + "-" + Bench.longProp("bench.seed", 42));
        if (!Files.exists(marker)) {
            Bench.deleteTree(site);
            long t = System.nanoTime();
            long bytes = ScaleGenerator.withProjectVocabularies(Bench.longProp("bench.seed", 42))
                    .writeHtml(site, docs);
            Files.createFile(marker);
            System.out.printf("wrote %,d pages (%,d MB) in %.0f s%n", docs, bytes >> 20, (System.nanoTime() - t) / 1e9);
        }
        Path config = BenchConfig.write(root, BenchConfig.folderSource("generated", site));
        Path data = root.resolve("data");
        indexOnce(ConfigLoader.load(config), data, docs);

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String heap = Bench.prop("bench.heap", "1g");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap));
        String jvm = Bench.prop("bench.serverJvm", "").strip(); // e.g. a flight recording of the server
        if (!jvm.isEmpty()) {
            command.addAll(List.of(jvm.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "serve", "--config", config.toString(), "--data",
                data.toString(), "--port", Integer.toString(port)));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(root.resolve("server.log").toFile());
        pb.environment().put("ALPKB_ADMIN_TOKEN", TOKEN);
        Process server = pb.start();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newHttpClient();
            waitUntilUp(http, base, server);
            System.out.printf("server: pid %d, -Xmx%s, %,d documents, RSS at rest %,d MB%n%n", server.pid(), heap,
                    health(http, base).get("documents").asLong(), Bench.rssMb(server.pid(), "VmRSS"));
            List<String> urls = SearchBench.QUERIES.stream().map(q -> base + q.path()).toList();
            Bench.PeakSampler rss = new Bench.PeakSampler("rss-sampler", 200,
                    () -> Bench.rssMb(server.pid(), "VmRSS"));
            // warm-up: the server's compiler and the first readers of each segment, as a running service has them
            SearchBench.load(urls, clients, Bench.longProp("bench.warmupSeconds", 15) * 1000);

            List<SearchBench.Load> quiet = new ArrayList<>();
            // where the two cores go: the server's CPU time and this process's (the clients), per request
            long serverCpu = cpuMillis(server.pid());
            long clientCpu = cpuMillis(ProcessHandle.current().pid());
            long wall = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                quiet.add(SearchBench.load(urls, clients, millis));
            }
            double quietSeconds = (System.nanoTime() - wall) / 1e9;
            serverCpu = cpuMillis(server.pid()) - serverCpu;
            clientCpu = cpuMillis(ProcessHandle.current().pid()) - clientCpu;
            long requests = quiet.stream().mapToLong(SearchBench.Load::count).sum();
            long quietRss = rss.peakAndReset();

            List<SearchBench.Load> busy = new ArrayList<>();
            String state = "not run";
            double reindexSeconds = 0;
            long busyRss = 0;
            if (reindex) {
                HttpResponse<String> started = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/admin/reindex")).header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"full\": true}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (started.statusCode() != 202) {
                    throw new IllegalStateException("reindex not started: " + started.statusCode() + " "
                            + started.body());
                }
                String job = JSON.readTree(started.body()).get("jobId").asText();
                long reindexStart = System.nanoTime();
                state = "running";
                while (state.equals("running") || state.equals("queued")) {
                    busy.add(SearchBench.load(urls, clients, millis));
                    state = JSON.readTree(http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/admin/jobs/" + job)).header("Authorization", "Bearer " + TOKEN)
                            .build(), HttpResponse.BodyHandlers.ofString()).body()).get("state").asText();
                }
                reindexSeconds = (System.nanoTime() - reindexStart) / 1e9;
                busyRss = rss.peakAndReset();
            }
            rss.stop();
            System.out.printf("load: %d concurrent clients (java.net.http, same machine), the 30 queries of"
                    + " SearchBench in turn, rounds of %d s%n", clients, millis / 1000);
            Bench.row("median over rounds", "requests/s", "p50 ms", "p99 ms", "errors", "rounds");
            print("without reindex", quiet);
            if (reindex) {
                print("during a full reindex", busy);
                Bench.row("during / without, requests/s", Bench.x(median(busy, 0) / median(quiet, 0)), "", "", "",
                        "");
                System.out.printf("%nfull reindex while loaded: %s after %.0f s (includes the load rounds' tail),"
                        + " %,d documents after%n", state, reindexSeconds,
                        health(http, base).get("documents").asLong());
            }
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("CPU per request without reindex: server %.2f ms, clients %.2f ms; of the %d cores'"
                    + " time: server %.0f %%, clients %.0f %%%n", (double) serverCpu / requests,
                    (double) clientCpu / requests, cores, 100.0 * serverCpu / (quietSeconds * 1000 * cores),
                    100.0 * clientCpu / (quietSeconds * 1000 * cores));
            System.out.printf("server RSS: peak %,d MB under load, peak %,d MB during the reindex (VmHWM %,d MB)%n%n",
                    quietRss, busyRss, Bench.rssMb(server.pid(), "VmHWM"));
            long errors = busy.stream().mapToLong(SearchBench.Load::errors).sum();
            System.out.println("targets: >= " + Bench.f0(TARGET_RPS) + " searches/s with " + clients + " clients -> "
                    + Bench.verdict(median(quiet, 0) >= TARGET_RPS)
                    + "; no errors during the reindex -> " + (reindex
                    ? Bench.verdict(errors == 0 && state.equals("succeeded")) : "not run (bench.reindex=false)"));
        } finally {
            server.destroy(); // SIGTERM: the service's shutdown hook closes the index
            server.waitFor();
        }
        System.exit(0);
    }

    /** @return the CPU time a process has used so far, in milliseconds (as the system reports it) */
    private static long cpuMillis(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(java.time.Duration::toMillis)
                .orElse(0L);
    }

    /** Builds the served index once through the real folder source and indexer; later runs reuse it. */
    private static void indexOnce(Config config, Path data, int docs) throws Exception {
        try (Services services = new Services(config, data, null)) {
            if (services.store().documentCount() >= docs * 0.99) {
                System.out.printf("reusing the index in %s (%,d documents)%n", data,
                        services.store().documentCount());
                return;
            }
            long t = System.nanoTime();
            RunReport report = services.indexer().run(services.sources().configured(null), Indexer.Mode.FULL,
                    Progress.NONE, () -> false);
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("full run from the HTML folder (extract + enrich + index + publish): %,d added, %,d"
                    + " failed in %.0f s = %,.0f docs/s%n", report.added(), report.failed(), s, report.added() / s);
        }
    }

    private static void print(String label, List<SearchBench.Load> loads) {
        Bench.row(label, Bench.f0(median(loads, 0)), Bench.f2(median(loads, 1)), Bench.f2(median(loads, 2)),
                Long.toString(loads.stream().mapToLong(SearchBench.Load::errors).sum()),
                Integer.toString(loads.size()));
    }

    private static double median(List<SearchBench.Load> loads, int what) {
        return Bench.median(loads.stream().mapToDouble(l -> what == 0 ? l.rate() : what == 1 ? l.p50() : l.p99())
                .toArray());
    }

    private static void waitUntilUp(HttpClient http, String base, Process server) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited; see server.log");
            }
            try {
                if (health(http, base).get("documents").asLong() > 0) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not answer within 120 s");
    }

    private static JsonNode health(HttpClient http, String base) throws IOException, InterruptedException {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
