package eu.alpkb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as a separate process, killed with SIGKILL in the middle of a full reindex: after a restart the
 * previous index serves with all its documents, the interrupted job shows as failed, and a new reindex succeeds.
 */
class CrashSafetyIT {
    static final Path JAR = Paths.get("target/alpkb.jar").toAbsolutePath();
    static final String TOKEN = "crash-test-token-42";
    static final int PAGES = 3000;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path tmp;

    @Test
    void a_kill_during_a_reindex_loses_nothing() throws Exception {
        assertThat(JAR).as("the packaged jar; run through 'mvn verify'").exists();
        Path pages = GeneratedPages.write(tmp.resolve("pages"), PAGES);
        Path config = TestConfigs.withSources(tmp, TestConfigs.folderSource("gen", pages));
        Path data = tmp.resolve("data");
        int port = freePort();

        Process first = start(config, data, port, "first.log");
        try {
            waitFor(() -> documents(port) == PAGES && !health(port).get("indexing").asBoolean(), 180,
                    "first start to index " + PAGES + " pages");
            String jobId = json(send(port, "POST", "/api/admin/reindex", "{\"full\": true}")).get("jobId").asText();
            waitFor(() -> json(send(port, "GET", "/api/admin/jobs/" + jobId, null)).get("processed").asInt() > 200,
                    60, "the reindex to get under way");
            first.destroyForcibly().waitFor();
        } finally {
            first.destroyForcibly();
        }

        Process second = start(config, data, port, "second.log");
        try {
            waitFor(() -> health(port) != null, 60, "the restarted service to answer");
            assertThat(documents(port)).isEqualTo(PAGES);
            JsonNode search = json(send(port, "GET", "/api/search?q=cluster+Linz", null));
            assertThat(search.get("total").asInt()).isPositive();
            JsonNode jobs = json(send(port, "GET", "/api/admin/jobs", null));
            assertThat(jobs.get(0).get("state").asText()).isEqualTo("failed");
            assertThat(jobs.get(0).get("message").asText()).contains("interrupted");

            String jobId = json(send(port, "POST", "/api/admin/reindex", "{\"full\": true}")).get("jobId").asText();
            waitFor(() -> json(send(port, "GET", "/api/admin/jobs/" + jobId, null)).get("state").asText()
                    .equals("succeeded"), 180, "a new reindex to succeed");
            assertThat(documents(port)).isEqualTo(PAGES);
            try (var dirs = Files.list(data.resolve("index"))) {
                assertThat(dirs.filter(Files::isDirectory).count()).as("index generations on disk").isEqualTo(1);
            }
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(Path config, Path data, int port, String log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", JAR.toString(), "serve", "--port", Integer.toString(port),
                "--config", config.toString(), "--data", data.toString()));
        pb.environment().put("ALPKB_ADMIN_TOKEN", TOKEN);
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile());
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private JsonNode health(int port) {
        try {
            HttpResponse<String> r = send(port, "GET", "/health", null);
            return r.statusCode() == 200 ? TestServer.parse(r.body()) : null;
        } catch (Exception e) {
            return null;
        }
    }

    private int documents(int port) {
        JsonNode h = health(port);
        return h == null ? -1 : h.get("documents").asInt();
    }

    private HttpResponse<String> send(int port, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + TOKEN);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return TestServer.parse(r.body());
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private void waitFor(Check check, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception | AssertionError e) {
                // not ready yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for " + what + "; logs in " + tmp);
    }
}
