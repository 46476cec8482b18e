package eu.alpkb.ingest.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 and a random port that serves folders of files like a plain static web server
 * (index.html for folders, ETag and Last-Modified with 304 answers, content types by extension) and logs every
 * request. Routes answer chosen paths with code instead of a file, for the faults a test needs.
 *
 * <p>A site exported for its public address keeps working: {@link #rewriting} replaces that address with the
 * server's own in robots.txt and sitemaps. Crawling the bundled archive is
 * {@code StaticSiteServer.serve(Path.of("corpus/site")).rewriting("https://www.alpclusters2020.eu/")}.
 */
public final class StaticSiteServer implements AutoCloseable {
    /** One request as the server received it; {@code nanos} is {@link System#nanoTime()} on arrival. */
    public record Request(String method, String path, String query, Map<String, String> headers, long nanos) {
        /** @return the path with its query, as requested */
        public String target() {
            return query == null ? path : path + "?" + query;
        }

        /** @return a request header, or null */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Answers requests for one path (or, registered with a trailing {@code *}, every path below a prefix). */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("xml", "application/xml"),
            Map.entry("css", "text/css"), Map.entry("js", "text/javascript"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"), Map.entry("json", "application/json"));

    private final List<Path> roots;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Request> log = new CopyOnWriteArrayList<>();
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private volatile String rewriteFrom;

    static {
        // Headers and body leave in separate packets; without this the JDK server waits for a delayed ACK each time.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private StaticSiteServer(InetAddress address, List<Path> roots) throws IOException {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "static-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a server for {@code roots}; a path is looked up in each root in turn, so several folders can be laid
     * over one another.
     */
    public static StaticSiteServer serve(Path... roots) throws IOException {
        return new StaticSiteServer(InetAddress.getLoopbackAddress(), Arrays.asList(roots));
    }

    /** Starts a server for {@code roots} on another IPv4 address of the loopback network, such as 127.0.0.2. */
    public static StaticSiteServer serveOn(InetAddress address, Path... roots) throws IOException {
        return new StaticSiteServer(address, Arrays.asList(roots));
    }

    /** Replaces {@code publicBase} ({@code https://www.example.org/}) by {@link #baseUrl()} in robots.txt and XML. */
    public StaticSiteServer rewriting(String publicBase) {
        this.rewriteFrom = publicBase;
        return this;
    }

    /** Answers {@code path} (exactly, or every path starting with it when it ends in {@code *}) with {@code route}. */
    public StaticSiteServer route(String path, Route route) {
        synchronized (routes) {
            routes.put(path, route);
        }
        return this;
    }

    /** @return {@code http://127.0.0.1:PORT/}, with the server's own address */
    public String baseUrl() {
        InetSocketAddress bound = server.getAddress();
        return "http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/";
    }

    /** @return the absolute address of {@code path} (which starts with a slash) */
    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path.substring(1) : path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** @return every request so far, in order of arrival */
    public List<Request> requests() {
        return new ArrayList<>(log);
    }

    /** @return the requests for exactly {@code path} (without query) */
    public List<Request> requests(String path) {
        return log.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** @return whether any request's path started with {@code prefix} */
    public boolean requested(String prefix) {
        return log.stream().anyMatch(r -> r.path().startsWith(prefix));
    }

    /** Forgets the requests so far. */
    public void clearLog() {
        log.clear();
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        String path = ex.getRequestURI().getPath();
        log.add(new Request(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(), headers,
                System.nanoTime()));
        try (ex) {
            Route route = routeFor(path);
            if (route != null) {
                route.handle(ex);
            } else {
                serveFile(ex, path);
            }
        } catch (IOException | RuntimeException e) {
            // The client may have hung up on purpose (byte limits, timeouts); that is what some tests provoke.
        }
    }

    private Route routeFor(String path) {
        synchronized (routes) {
            Route exact = routes.get(path);
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<String, Route> e : routes.entrySet()) {
                String key = e.getKey();
                if (key.endsWith("*") && path.startsWith(key.substring(0, key.length() - 1))) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    private void serveFile(HttpExchange ex, String path) throws IOException {
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
            send(ex, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = resolve(path);
        if (file != null && Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                ex.getResponseHeaders().add("Location", path + "/");
                send(ex, 301, "text/plain", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (file == null || !Files.isRegularFile(file)) {
            send(ex, 404, "text/html; charset=utf-8", "<html><body><h1>Not found</h1></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (rewriteFrom != null && (name.equals("robots.txt") || name.endsWith(".xml"))) {
            bytes = new String(bytes, StandardCharsets.UTF_8).replace(rewriteFrom, baseUrl())
                    .getBytes(StandardCharsets.UTF_8);
        }
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        String etag = "\"" + HexFormat.of().formatHex(sha1(bytes)).substring(0, 16) + "\"";
        ex.getResponseHeaders().add("ETag", etag);
        ex.getResponseHeaders().add("Last-Modified", HTTP_DATE.format(modified));
        if (notModified(ex, etag, modified)) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        int dot = name.lastIndexOf('.');
        String type = TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT),
                "application/octet-stream");
        send(ex, 200, type, ex.getRequestMethod().equals("HEAD") ? null : bytes);
    }

    private static boolean notModified(HttpExchange ex, String etag, Instant modified) {
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        if (inm != null) {
            return Arrays.stream(inm.split(",")).map(String::strip).anyMatch(t -> t.equals(etag) || t.equals("*"));
        }
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        if (ims != null) {
            try {
                return !modified.isAfter(ZonedDateTime.parse(ims, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private Path resolve(String path) {
        String rel = path.startsWith("/") ? path.substring(1) : path;
        for (Path root : roots) {
            Path p = root.resolve(rel).normalize();
            if (p.startsWith(root) && Files.exists(p)) {
                return p;
            }
        }
        return null;
    }

    /** Sends a whole response; {@code body} null for none. */
    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean empty = body == null || body.length == 0;
        ex.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Sends an HTML page. */
    public static void sendHtml(HttpExchange ex, String html) throws IOException {
        send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        // Interrupts routes that sleep to play a slow server.
        executor.shutdownNow();
    }
}
