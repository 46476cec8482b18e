package eu.alpkb.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.Services;
import eu.alpkb.knowledge.KnowledgeBase;
import eu.alpkb.config.ServerSettings;
import eu.alpkb.search.BadQueryException;
import eu.alpkb.admin.Monitoring;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.util.MethodNotAllowedUtil;
import java.util.List;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin application from the services. Only the caller starts it. */
public final class WebApp {
    private static final Logger log = LoggerFactory.getLogger(WebApp.class);
    private static final Logger requests = LoggerFactory.getLogger("eu.alpkb.requests");

    private WebApp() {
    }

    /** Security headers on every answer: no sniffing, no framing, scripts and styles only from this server. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                    + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");

    /** @return the application with the admin API closed (no token) */
    public static Javalin create(Services services) {
        return create(services, AdminToken.of(null), new Monitoring(services.jobs(), services.reader()));
    }

    /** @return the configured, not yet started, application */
    public static Javalin create(Services services, AdminToken adminToken, Monitoring monitoring) {
        try {
            services.startSuggestions(); // the app answers /api/suggest; command-line runs never build suggestions
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot prepare the suggestions folder", e);
        }
        ServerSettings limits = services.config().service().server();
        ObjectMapper mapper = JsonSupport.mapper();
        SearchController searchController = new SearchController(services.reader(), limits, services.queryLog(),
                mapper);
        HealthController health = new HealthController(services.reader(), services.jobs());
        Pages pages = new Pages(new Assets());
        Assets assets = pages.assets();
        AdminSessions sessions = new AdminSessions(Clock.systemUTC());

        DocumentPage documentPage = new DocumentPage(services.reader(), services.reader(),
                services.filterValues(), pages);
        DocumentController documents = new DocumentController(services.reader());
        ExportController exports = new ExportController(services.reader(), services.filterValues(), limits);
        KnowledgeBase knowledge = new KnowledgeBase(services.reader(), services.config().vocabularies(),
                services.filterValues());
        services.onIndexChange(knowledge::indexChanged);
        EventsController events = new EventsController(services.reader(), services.filterValues(), limits, knowledge);
        EntityController entities = new EntityController(knowledge, limits);
        EntityPage entityPage = new EntityPage(knowledge, services.filterValues(), pages);
        EventsPage eventsPage = new EventsPage(services.reader(), services.filterValues(),
                services.config().vocabularies(), limits, pages, Clock.systemUTC(), knowledge);
        SearchPage page = new SearchPage(services.reader(), services.filterValues(), limits, services.queryLog(),
                services.jobs(), pages, knowledge);
        SignInThrottle throttle = new SignInThrottle(Clock.systemUTC());
        AdminController admin = new AdminController(services, adminToken, sessions, throttle);
        AdminPage adminPage = new AdminPage(services, adminToken, sessions, admin, throttle, pages, knowledge);
        ArchiveController archive = new ArchiveController(services.config());
        Semaphore searches = new Semaphore(limits.maxConcurrentSearches());

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = limits.maxRequestBytes();
            config.http.defaultContentType = "application/json; charset=utf-8";
            config.router.ignoreTrailingSlashes = true;
            config.http.compressionStrategy = compression();
            config.http.prefer405over404 = true;
            ServerErrors serverErrors = new ServerErrors(pages, mapper);
            config.jetty.modifyServer(server -> server.setErrorHandler(serverErrors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(serverErrors));
            RoutesConfig r = config.routes;
            r.before(ctx -> {
                ctx.attribute(START, System.nanoTime());
                SECURITY_HEADERS.forEach(ctx::header);
                if (!QueryStrings.isUtf8(ctx.queryString())) {
                    throw new BadRequestException("badUtf8", "a parameter is not valid UTF-8; send the address"
                            + " encoded as UTF-8");
                }
            });
            r.after(ctx -> {
                Long start = ctx.attribute(START);
                String route;
                try {
                    route = ctx.endpoints().lastHttpEndpoint().path;
                } catch (RuntimeException e) {
                    route = null; // no endpoint matched (404): grouped as "unmatched", never by raw path
                }
                long nanos = start == null ? 0 : System.nanoTime() - start;
                monitoring.request(ctx.method().name(), route == null || route.isEmpty() ? "unmatched" : route,
                        ctx.statusCode(), nanos);
                // key=value pairs, one line per request, without the client's address or the query string
                requests.info("method={} route={} status={} ms={}", ctx.method().name(),
                        route == null || route.isEmpty() ? "unmatched" : route, ctx.statusCode(), nanos / 1_000_000);
            });
            r.before("/api/admin/*", admin::authorise);

            r.get("/api/search", limited(searches, searchController::search));
            r.get("/api/search.csv", limited(searches, exports::csv));
            r.get("/api/search.atom", limited(searches, exports::atom));
            r.get("/api/events", limited(searches, events::list));
            r.get("/api/events.ics", limited(searches, events::ics));
            r.get("/api/events.atom", limited(searches, events::atom));
            r.get("/api/suggest", new SuggestController(services.reader())::suggest);
            r.get("/api/entities", limited(searches, entities::list));
            r.get("/api/entities/{id}", limited(searches, entities::get));
            r.get("/api/documents/{id}", documents::get);
            r.get("/api/documents/{id}/related", documents::related);
            r.get("/api/facets", limited(searches, new FacetsController(services.reader())::facets));
            r.post("/api/admin/reindex", admin::reindex);
            r.get("/api/admin/jobs", admin::jobs);
            r.get("/api/admin/jobs/{id}", admin::job);
            r.delete("/api/admin/jobs/{id}", admin::cancel);
            r.get("/api/admin/report", admin::report);
            r.get("/api/admin/queries", admin::queries);
            r.get("/health", health::health);
            r.get("/metrics", ctx -> {
                admin.authoriseMetrics(ctx, limits.metricsAccess());
                ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(monitoring.scrape());
            });
            r.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8")
                    .result(WebApp.class.getResourceAsStream("/openapi.json")));
            r.get("/", limited(searches, page::render));
            r.get("/doc/{id}", documentPage::render);
            r.get("/entity/{id}", limited(searches, entityPage::render));
            r.get("/events", limited(searches, eventsPage::render));
            r.get("/admin", adminPage::show);
            r.post("/admin/login", adminPage::login);
            r.post("/admin/logout", adminPage::logout);
            r.post("/admin/reindex", adminPage::reindex);
            r.post("/admin/cancel", adminPage::cancel);
            r.get("/assets/{name}", assets::serve);
            for (String prefix : archive.prefixes()) {
                r.get(prefix + "<path>", archive::serve);
            }

            // Browsers asking for a page get the error as a page; everything else gets JSON. Either is in the
            // language the request asks for (hl, else Accept-Language), and English when it asks for none.
            ErrorAnswer error = (ctx, status, refusal) -> {
                Messages t = Messages.of(ctx);
                ctx.header("Vary", "Accept-Language"); // a cache must not give one client's words to another
                if (Pages.wantsHtml(ctx)) {
                    pages.error(ctx, status, t.explain(refusal));
                } else {
                    error(ctx, status, t.explainToClient(refusal));
                }
            };
            r.exception(BadRequestException.class, (e, ctx) -> error.send(ctx, 400, e));
            r.exception(Refused.class, (e, ctx) -> error.send(ctx, e.status(), e));
            r.exception(AdminController.AdminUnavailableException.class, (e, ctx) -> error.send(ctx, 503, e));
            r.exception(BusyException.class, (e, ctx) -> {
                ctx.header("Retry-After", "1");
                error.send(ctx, 503, e);
            });
            r.exception(SignInThrottle.TooManyAttemptsException.class, (e, ctx) -> {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
                error.send(ctx, 429, e);
            });
            r.exception(BadQueryException.class, (e, ctx) -> error.send(ctx, 400, e));
            r.exception(HttpResponseException.class, (e, ctx) -> error.send(ctx, e.getStatus(),
                    new Refused(e.getStatus(), ServerErrors.key(e.getStatus()), e.getMessage())));
            r.exception(Exception.class, (e, ctx) -> {
                log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
                error.send(ctx, 500, new Refused(500, "internal", "internal error; the request was logged"));
            });
            r.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error.send(ctx, 404, notFound(ctx));
                }
            });
            r.error(405, ctx -> {
                // The router knows which methods this path takes; a client needs them to correct the request.
                List<String> allowed = MethodNotAllowedUtil.INSTANCE
                        .findAvailableHttpHandlerTypes(config.unsafe.internalRouter, ctx.path()).stream()
                        .map(HandlerType::name).filter(m -> !m.equals("BEFORE") && !m.equals("AFTER")).toList();
                if (!allowed.isEmpty()) {
                    ctx.header("Allow", String.join(", ", allowed));
                }
                error.send(ctx, 405, allowed.isEmpty() ? new Refused(405, "methodNotAllowed", "method not allowed")
                        : new Refused(405, "useMethod", "method not allowed here; use " + String.join(" or ", allowed),
                        String.join(", ", allowed)));
            });
        });
    }

    /** @return the refusal of an address where nothing is, naming the path for API clients */
    /** Answers this small go as they are: about one network packet, compressed they would arrive no sooner. */
    static final int MIN_COMPRESSED_BYTES = 1500;

    /**
     * gzip for clients that ask for it ({@code Accept-Encoding}), for every text answer alike: JSON, CSV (streamed),
     * Atom, iCalendar and pages. Level 6, zlib's default, packs a search answer to about a quarter at little cost;
     * Brotli and zstd would need native libraries.
     */
    private static CompressionStrategy compression() {
        CompressionStrategy gzip = new CompressionStrategy(null, new Gzip(6));
        gzip.setDefaultMinSizeForCompression(MIN_COMPRESSED_BYTES);
        return gzip;
    }

    static Refused notFound(io.javalin.http.Context ctx) {
        return new Refused(404, "notFound", "not found: " + SearchParams.abbreviate(ctx.path()));
    }

    /** Sends an error answer. */
    @FunctionalInterface
    private interface ErrorAnswer {
        void send(io.javalin.http.Context ctx, int status, eu.alpkb.search.Refusal refusal);
    }

    private static final String START = "alpkb.start";

    /** Too many searches at once: better a quick 503 than a queue that makes everybody wait. */
    static final class BusyException extends eu.alpkb.search.Refusal {
        BusyException() {
            super("busy", "too many searches at once; try again in a moment");
        }
    }

    private static Handler limited(Semaphore permits, Handler handler) {
        return ctx -> {
            if (!permits.tryAcquire(2, TimeUnit.SECONDS)) {
                throw new BusyException();
            }
            try {
                handler.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }

    static void error(io.javalin.http.Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message, status));
    }
}
