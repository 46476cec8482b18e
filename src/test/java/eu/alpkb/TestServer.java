package eu.alpkb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.admin.Monitoring;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.web.AdminToken;
import eu.alpkb.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** A real server on a random loopback port over a real index built from a configuration folder. */
public final class TestServer implements AutoCloseable {
    public static final String TOKEN = "test-admin-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Services services;
    public final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer(Services services, Javalin app) {
        this.services = services;
        this.app = app;
    }

    /** Builds services from {@code config}, indexes all sources fully, then starts the server. */
    /** @return a server over the bundled archive ({@link TestConfigs#ARCHIVE_SOURCE}), indexed, in {@code tmp} */
    public static TestServer archive(Path tmp) throws Exception {
        return start(TestConfigs.withSources(tmp, TestConfigs.ARCHIVE_SOURCE), tmp.resolve("data"));
    }

    public static TestServer start(Path config, Path data) throws Exception {
        Services services = new Services(ConfigLoader.load(config), data, null);
        services.jobs().start(Indexer.Mode.FULL, null, () -> services.sources().configured(null));
        assertThat(services.jobs().awaitIdle(120_000)).isTrue();
        Javalin app = WebApp.create(services, AdminToken.of(TOKEN), new Monitoring(services.jobs(),
                services.reader()))
                .start("127.0.0.1", 0);
        return new TestServer(services, app);
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base() + pathAndQuery));
    }

    /** A request that carries the admin token. */
    public HttpRequest.Builder adminRequest(String pathAndQuery) {
        return request(pathAndQuery).header("Authorization", "Bearer " + TOKEN);
    }

    public JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    public static JsonNode parse(String body) throws IOException {
        return JSON.readTree(body);
    }

    @Override
    public void close() throws Exception {
        app.stop();
        services.close();
    }
}
