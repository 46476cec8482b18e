package eu.alpkb.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.Services;
import eu.alpkb.admin.Job;
import eu.alpkb.admin.JobConflictException;
import eu.alpkb.ingest.Source;
import eu.alpkb.pipeline.Indexer;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The admin API: reindex jobs, their progress and reports, and the query log. Guarded by {@link AdminToken}. */
final class AdminController {
    private final Services services;
    private final AdminToken token;
    private final ObjectMapper json = new ObjectMapper();

    AdminController(Services services, AdminToken token) {
        this.services = services;
        this.token = token;
    }

    /** Refuses every admin call without the right bearer token; 503 when none is configured. */
    void authorise(Context ctx) {
        if (!token.configured()) {
            throw new AdminUnavailableException();
        }
        if (!token.matches(bearer(ctx))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"alpkb admin\"");
            throw new io.javalin.http.UnauthorizedResponse("missing or wrong admin token; send"
                    + " 'Authorization: Bearer TOKEN'");
        }
    }

    static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    void reindex(Context ctx) {
        boolean full = false;
        String source = null;
        String body = ctx.body();
        if (!body.isBlank()) {
            JsonNode node;
            try {
                node = json.readTree(body);
            } catch (IOException e) {
                throw new BadRequestException("the body must be JSON such as {\"full\": true, \"source\": \"name\"}");
            }
            if (node == null || !node.isObject()) {
                throw new BadRequestException("the body must be a JSON object");
            }
            for (var it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!f.equals("full") && !f.equals("source")) {
                    throw new BadRequestException("unknown field '" + SearchParams.abbreviate(f)
                            + "'; allowed: full, source");
                }
            }
            if (node.has("full")) {
                if (!node.get("full").isBoolean()) {
                    throw new BadRequestException("full must be true or false");
                }
                full = node.get("full").asBoolean();
            }
            if (node.has("source") && !node.get("source").isNull()) {
                if (!node.get("source").isTextual()) {
                    throw new BadRequestException("source must be a source name");
                }
                source = node.get("source").asText();
            }
        }
        final String only = source;
        List<Source> sources;
        try {
            sources = services.sources().configured(only);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        try {
            Job job = services.jobs().start(full ? Indexer.Mode.FULL : Indexer.Mode.INCREMENTAL, only,
                    () -> sources);
            ctx.status(202).json(Map.of("jobId", job.id(), "state", job.state()));
        } catch (JobConflictException e) {
            ctx.status(409).json(Map.of("error", e.getMessage(), "status", 409, "jobId", e.runningJobId()));
        }
    }

    void job(Context ctx) {
        ctx.json(services.jobs().get(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no such job")));
    }

    void jobs(Context ctx) {
        ctx.json(services.jobs().list());
    }

    void cancel(Context ctx) {
        String id = ctx.pathParam("id");
        Job job = services.jobs().get(id).orElseThrow(() -> new NotFoundResponse("no such job"));
        if (job.finished()) {
            ctx.status(409).json(new ApiError("the job already ended as " + job.state(), 409));
            return;
        }
        services.jobs().cancel(id);
        ctx.status(202).json(Map.of("jobId", id, "state", "cancelling"));
    }

    void report(Context ctx) {
        ctx.json(services.jobs().lastReport().orElseThrow(() -> new NotFoundResponse("no run has finished yet")));
    }

    void queries(Context ctx) {
        int days = SearchParams.integer(ctx, "days", 30, 1, eu.alpkb.admin.QueryLog.RETENTION_DAYS);
        int limit = SearchParams.integer(ctx, "limit", 20, 1, 200);
        ctx.json(Map.of("days", days, "queries", services.queryLog().top(days, limit)));
    }

    /** No token configured: the admin API stays closed and says how to open it. */
    static final class AdminUnavailableException extends RuntimeException {
        AdminUnavailableException() {
            super("the admin API is disabled: start the service with the environment variable " + AdminToken.ENV
                    + " set to a secret token");
        }
    }
}
