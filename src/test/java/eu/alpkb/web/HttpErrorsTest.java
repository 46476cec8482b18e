package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.PagesServer;
import eu.alpkb.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests the HTTP server refuses before any route runs (a URL or headers too long, a path that is not a path,
 * bytes that are not UTF-8) and wrong methods: each answers our JSON error, or our styled page for a browser,
 * never the server's own page. Sent over a raw socket, as a client that does not check its own requests would.
 */
class HttpErrorsTest {
    @RegisterExtension
    static final PagesServer pages = new PagesServer();

    /** A raw answer: status, headers (lower-cased names) and body. */
    record Raw(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    static Raw raw(String method, String target, String extraHeaders) throws IOException {
        URI base = URI.create(pages.server().base());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            String req = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders
                    + "Connection: close\r\nContent-Length: 0\r\n\r\n";
            out.write(req.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Raw(status, head, body);
        }
    }

    static Stream<Object[]> refusedByTheServer() {
        return Stream.of(
                new Object[] {"/api/search?q=" + "a".repeat(20_000), "", 414},
                new Object[] {"/api/search?q=x", "X-Padding: " + "p".repeat(20_000) + "\r\n", 431},
                new Object[] {"/api/%zz", "", 400},
                new Object[] {"/doc/%2e%2e/%2e%2e/etc", "Accept: text/html\r\n", 400},
                new Object[] {"/%", "", 400});
    }

    @ParameterizedTest
    @MethodSource("refusedByTheServer")
    void what_the_server_refuses_answers_our_json(String target, String headers, int status) throws Exception {
        Raw r = raw("GET", target, headers);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode json = TestServer.parse(r.body());
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("error").asText()).isNotBlank();
        assertThat(r.body().toLowerCase(Locale.ROOT)).doesNotContain("jetty").doesNotContain("<html");
    }

    @Test
    void a_browser_gets_the_refusal_as_our_page() throws Exception {
        Raw r = raw("GET", "/%c0%ae", "Accept: text/html\r\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).contains("/assets/").doesNotContainIgnoringCase("jetty");
        Raw api = raw("GET", "/api/%c0%ae", "Accept: text/html\r\n");
        assertThat(api.status()).isEqualTo(400);
        assertThat(TestServer.parse(api.body()).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void a_wrong_method_is_405_with_allow() throws Exception {
        Raw post = raw("POST", "/api/search?q=x", "");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).contains("GET");
        assertThat(TestServer.parse(post.body()).get("status").asInt()).isEqualTo(405);
        Raw delete = raw("DELETE", "/api/documents/abc", "");
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.header("Allow")).contains("GET");
    }

    @Test
    void invalid_utf8_in_a_parameter_is_a_clear_400() throws Exception {
        Raw r = raw("GET", "/api/search?q=%ff%fe", "");
        assertThat(r.status()).isEqualTo(400);
        assertThat(TestServer.parse(r.body()).get("error").asText()).containsIgnoringCase("UTF-8");
    }

    @Test
    void the_servers_own_refusals_speak_the_clients_language() throws Exception {
        Raw unreadable = raw("GET", "/api/%c0%ae", "Accept-Language: fr-FR,fr;q=0.9\r\n");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(TestServer.parse(unreadable.body()).get("error").asText()).isEqualTo(
                "la requête n’a pas pu être lue : son adresse ou un en-tête est mal formé");
        Raw page = raw("GET", "/%c0%ae", "Accept: text/html\r\nAccept-Language: de\r\n");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"de\"").contains("Diese Anfrage war nicht verständlich");
        Raw english = raw("GET", "/api/%c0%ae", "");
        assertThat(TestServer.parse(english.body()).get("error").asText()).startsWith("the request could not be read");
        // refused while reading the request line, before any header: the server cannot know the language
        for (String target : new String[] {"/api/search?q=" + "a".repeat(20_000), "/api/%zz"}) {
            Raw early = raw("GET", target, "Accept-Language: fr\r\n");
            assertThat(TestServer.parse(early.body()).get("error").asText()).startsWith("the ");
        }
    }

    @Test
    void a_wrong_method_and_bad_utf8_are_explained_in_the_clients_language() throws Exception {
        Raw post = raw("POST", "/api/search?q=x", "Accept-Language: it\r\n");
        assertThat(TestServer.parse(post.body()).get("error").asText())
                .isEqualTo("questo metodo non è consentito qui; usa GET");
        Raw utf8 = raw("GET", "/api/search?q=%ff%fe&hl=sl", "");
        assertThat(TestServer.parse(utf8.body()).get("error").asText())
                .isEqualTo("parameter ni veljaven UTF-8; pošljite naslov, kodiran v UTF-8");
    }
}
