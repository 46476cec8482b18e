package eu.alpkb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.config.SourceConfig;
import eu.alpkb.extract.HtmlExtractor;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS rebinding against the real fetcher and real servers on the loopback network: a name that passes the guard's
 * check with a public address and answers with an internal one when the connection opens must not reach the inside.
 * The names exist only in the test's name server, so a request that reaches a server went through the guard's
 * answer and no other.
 */
class AddressPinningTest {
    static final CrawlLimits LIMITS = CrawlLimits.defaults()
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3))
            .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofMillis(100));
    static final String PAGE = "<html><body><p>Only for the inside.</p></body></html>";

    /**
     * A name server that gives the crawler's checks one answer and the HTTP client's connections another: the
     * moment a rebinding attack aims at. The two are told apart by who asks, so the test does not depend on how
     * many checks the crawl makes before it connects.
     */
    static final class TwoFacedNames implements HostGuard.Resolver {
        private static final String CONNECTING = Fetcher.class.getName() + "$GuardedResolver";
        private final Map<String, String[]> answers = new HashMap<>();
        private final Map<String, Integer> connectLookups = new HashMap<>();

        TwoFacedNames answer(String host, String atCheck, String atConnection) {
            answers.put(host, new String[] {atCheck, atConnection});
            return this;
        }

        @Override
        public synchronized InetAddress[] resolve(String host) throws UnknownHostException {
            String[] a = answers.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            boolean connecting = StackWalker.getInstance()
                    .walk(frames -> frames.anyMatch(f -> f.getClassName().equals(CONNECTING)));
            if (connecting) {
                connectLookups.merge(host, 1, Integer::sum);
            }
            return new InetAddress[] {InetAddress.getByName(connecting ? a[1] : a[0])};
        }

        /** @return how often the HTTP client asked for {@code host} while connecting */
        synchronized int connectLookups(String host) {
            return connectLookups.getOrDefault(host, 0);
        }
    }

    @Test
    void a_name_that_points_inward_by_the_time_of_the_connection_never_reaches_the_inside(@TempDir Path data)
            throws Exception {
        try (StaticSiteServer inside = StaticSiteServer.serve(data)) {
            inside.route("/*", ex -> StaticSiteServer.sendHtml(ex, PAGE));
            // 192.0.2.10 (a documentation address) passes the crawler's checks; the connection is told loopback.
            TwoFacedNames names = new TwoFacedNames().answer("rebind.test", "192.0.2.10", "127.0.0.1");
            String start = "http://rebind.test:" + inside.port() + "/page.html";
            RecordingSink sink = crawl(data, start, new HostGuard(List.of("rebind.test"), false, names));
            assertThat(inside.requests()).as("requests that reached the loopback server").isEmpty();
            assertThat(sink.accepted).isEmpty();
            assertThat(sink.reason(start)).as(sink.describe())
                    .contains("rebind.test resolves to the non-public address 127.0.0.1");
            assertThat(names.connectLookups("rebind.test")).as("looked up again when connecting").isPositive();
        }
    }

    @Test
    void the_same_name_reaches_its_server_when_the_source_allows_private_addresses(@TempDir Path data)
            throws Exception {
        try (StaticSiteServer inside = StaticSiteServer.serve(data)) {
            inside.route("/*", ex -> StaticSiteServer.sendHtml(ex, PAGE));
            TwoFacedNames names = new TwoFacedNames().answer("rebind.test", "192.0.2.10", "127.0.0.1");
            String start = "http://rebind.test:" + inside.port() + "/page.html";
            RecordingSink sink = crawl(data, start, new HostGuard(List.of("rebind.test"), true, names));
            assertThat(sink.accepted).as(sink.describe()).containsKey(start);
            assertThat(inside.requests("/page.html")).singleElement()
                    .satisfies(r -> assertThat(r.header("Host")).isEqualTo("rebind.test:" + inside.port()));
        }
    }

    @Test
    void a_redirect_to_a_host_that_turns_inward_is_refused_at_the_connection(@TempDir Path data) throws Exception {
        InetAddress otherLoopback = InetAddress.getByName("127.0.0.2");
        try (StaticSiteServer site = StaticSiteServer.serve(data);
             StaticSiteServer intranet = StaticSiteServer.serveOn(otherLoopback, data)) {
            intranet.route("/*", ex -> StaticSiteServer.sendHtml(ex, PAGE));
            String secret = "http://intranet.site.test:" + intranet.port() + "/secret";
            site.route("/go", ex -> {
                ex.getResponseHeaders().set("Location", secret);
                StaticSiteServer.send(ex, 302, "text/plain", new byte[0]);
            });
            TwoFacedNames names = new TwoFacedNames().answer("www.site.test", "127.0.0.1", "127.0.0.1")
                    .answer("intranet.site.test", "192.0.2.20", "127.0.0.2");
            // The site's own 127.0.0.1 stands for a public server; the rest of the loopback network, 127.0.0.2
            // included, stays as forbidden as any internal network.
            HostGuard guard = new HostGuard(List.of("www.site.test", "intranet.site.test"),
                    a -> a.getHostAddress().equals("127.0.0.1") || HostGuard.isPublic(a), names);
            String start = "http://www.site.test:" + site.port() + "/go";
            RecordingSink sink = crawl(data, start, guard);
            assertThat(site.requested("/go")).as("the redirect itself was fetched").isTrue();
            assertThat(intranet.requests()).as("requests that reached the internal server").isEmpty();
            assertThat(sink.reason(start)).as(sink.describe()).contains("redirects to " + secret)
                    .contains("which is not crawled");
            assertThat(sink.reason(secret)).as(sink.describe())
                    .contains("intranet.site.test resolves to the non-public address 127.0.0.2");
            assertThat(names.connectLookups("intranet.site.test")).as("refused when connecting").isPositive();
        }
    }

    @Test
    void the_fetcher_reports_a_refused_connection_as_a_final_result_in_the_guards_words(@TempDir Path data)
            throws Exception {
        try (StaticSiteServer inside = StaticSiteServer.serve(data)) {
            inside.route("/*", ex -> StaticSiteServer.sendHtml(ex, PAGE));
            TwoFacedNames names = new TwoFacedNames().answer("rebind.test", "127.0.0.1", "127.0.0.1");
            URI page = URI.create("http://rebind.test:" + inside.port() + "/page.html");
            try (Fetcher fetcher = new Fetcher("test-agent", LIMITS, null,
                    new HostGuard(List.of("rebind.test"), false, names))) {
                FetchResult r = fetcher.get(page, Map.of(), 1024, CaptureRole.PAGE);
                assertThat(r.responded()).isFalse();
                assertThat(r.transientFailure()).as("a refusal is not worth a retry").isFalse();
                assertThat(r.error().english()).contains("non-public address 127.0.0.1");
            }
            assertThat(inside.requests()).isEmpty();
        }
    }

    @Test
    void the_archive_records_the_address_the_response_came_from(@TempDir Path data) throws Exception {
        try (StaticSiteServer inside = StaticSiteServer.serve(data)) {
            inside.route("/*", ex -> StaticSiteServer.sendHtml(ex, PAGE));
            TwoFacedNames names = new TwoFacedNames().answer("rebind.test", "192.0.2.10", "127.0.0.1");
            List<Fetcher.Capture> captures = new java.util.ArrayList<>();
            URI page = URI.create("http://rebind.test:" + inside.port() + "/page.html");
            try (Fetcher fetcher = new Fetcher("test-agent", LIMITS, capture -> {
                captures.add(capture);
                return null;
            }, new HostGuard(List.of("rebind.test"), true, names))) {
                assertThat(fetcher.get(page, Map.of(), 1024, CaptureRole.PAGE).status()).isEqualTo(200);
            }
            assertThat(captures).singleElement().satisfies(c -> assertThat(c.address().getHostAddress())
                    .as("the address connected to, not the one a check was told").isEqualTo("127.0.0.1"));
        }
    }

    @Test
    void tls_uses_the_jvms_trust_so_a_self_signed_server_is_refused(@TempDir Path data) throws Exception {
        Path keystore = data.resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "secret",
                "-keypass", "secret", "-alias", "site", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=tls.test", "-ext", "SAN=dns:tls.test").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(keystore)) {
            ks.load(in, "secret".toCharArray());
        }
        javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance(
                javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "secret".toCharArray());
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        com.sun.net.httpserver.HttpsServer server = com.sun.net.httpserver.HttpsServer.create(
                new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/", ex -> {
            served.incrementAndGet();
            StaticSiteServer.sendHtml(ex, PAGE);
        });
        server.start();
        try (Fetcher fetcher = new Fetcher("test-agent", LIMITS, null, new HostGuard(List.of("tls.test"), true,
                new TwoFacedNames().answer("tls.test", "127.0.0.1", "127.0.0.1")))) {
            FetchResult r = fetcher.get(URI.create("https://tls.test:" + server.getAddress().getPort() + "/"),
                    Map.of(), 1024, CaptureRole.PAGE);
            assertThat(r.responded()).isFalse();
            assertThat(r.error().english()).contains("TLS failure");
            assertThat(served.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    private static RecordingSink crawl(Path data, String start, HostGuard guard) throws Exception {
        String host = URI.create(start).getHost();
        SourceConfig config = new SourceConfig("pinning", SourceConfig.SourceType.WEB, null, null, List.of(start),
                null, null, null, 2, 10, 64L * 1024, 0L, null, null, false);
        CrawlRun.Setup setup = new CrawlRun.Setup(config, List.of(start), List.of(host), List.<Pattern>of(),
                List.<Pattern>of(), LIMITS, data.resolve("warc"), CrawlState.empty(), new HtmlExtractor());
        RecordingSink sink = new RecordingSink(false);
        try (CrawlRun run = new CrawlRun(setup, sink, guard)) {
            run.crawl();
        }
        return sink;
    }
}
