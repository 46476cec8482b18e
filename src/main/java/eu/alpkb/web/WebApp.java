package eu.alpkb.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.alpkb.Services;
import eu.alpkb.config.ServerSettings;
import eu.alpkb.search.BadQueryException;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin application from the services. Only the caller starts it. */
public final class WebApp {
    private static final Logger log = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {
    }

    /** @return the configured, not yet started, application */
    public static Javalin create(Services services) {
        ServerSettings limits = services.config().service().server();
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = limits.maxRequestBytes();
            config.http.defaultContentType = "application/json; charset=utf-8";
            config.router.ignoreTrailingSlashes = true;
        });
        SearchController searchController = new SearchController(services.search(), limits);
        HealthController health = new HealthController(services.store(), services.jobs());
        SearchPage page = new SearchPage(services.search(), limits);

        app.get("/api/search", searchController::search);
        app.get("/health", health::health);
        app.get("/", page::render);

        app.exception(BadRequestException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(BadQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; the request was logged");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "not found: " + ctx.path());
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method not allowed"));
        return app;
    }

    static void error(io.javalin.http.Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message, status));
    }
}
