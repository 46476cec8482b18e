package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guessing the admin token is slowed down per client, and {@code /metrics} can be closed to the public. */
class AdminAccessTest {
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path config = TestConfigs.withSources(tmp, TestConfigs.folderSource("pages", TestConfigs.PAGES));
        Path yaml = config.resolve("alpkb.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("server:\n", "server:\n  metricsAccess: admin\n"));
        server = TestServer.start(config, tmp.resolve("data"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    HttpResponse<String> withToken(String path, String token) throws Exception {
        return server.send(server.request(path).header("Authorization", "Bearer " + token));
    }

    @Test
    void guessing_the_token_gets_429_with_retry_after_and_the_right_token_waits_too() throws Exception {
        for (int i = 0; i <= SignInThrottle.FREE_FAILURES; i++) {
            assertThat(withToken("/api/admin/jobs", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = withToken("/api/admin/jobs", "guess-again");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(TestServer.parse(refused.body()).get("error").asText()).contains("try again");
        // the right token is not even looked at while the client must wait: guessing cannot be sped up by it
        assertThat(withToken("/api/admin/jobs", TestServer.TOKEN).statusCode()).isEqualTo(429);
        Thread.sleep(1_100);
        assertThat(withToken("/api/admin/jobs", TestServer.TOKEN).statusCode()).isEqualTo(200);
        assertThat(withToken("/api/admin/jobs", "one-typo").statusCode()).isEqualTo(401);
    }

    @Test
    void metrics_can_be_limited_to_the_admin_token() throws Exception {
        HttpResponse<String> anonymous = server.get("/metrics");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(TestServer.parse(anonymous.body()).get("error").asText()).contains("token");
        HttpResponse<String> admin = server.send(server.adminRequest("/metrics"));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("alpkb_");
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, true", "127.8.9.1, true", "::1, true", "[::1], false", "192.0.2.7, false", "deadbeef, false",
        "10.0.0.1, false", "not-an-address, false"})
    void only_loopback_addresses_count_as_this_machine(String ip, boolean loopback) {
        assertThat(AdminController.isLoopback(ip)).isEqualTo(loopback);
    }

    @Test
    void an_unknown_metrics_access_stops_the_start_naming_the_field() throws Exception {
        Path config = TestConfigs.withSources(tmp.resolve("bad"), TestConfigs.folderSource("pages",
                TestConfigs.PAGES));
        Path yaml = config.resolve("alpkb.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("server:\n", "server:\n  metricsAccess: everyone\n"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> eu.alpkb.config.ConfigLoader.load(config))
                .hasMessageContaining("server.metricsAccess").hasMessageContaining("everyone");
    }
}
