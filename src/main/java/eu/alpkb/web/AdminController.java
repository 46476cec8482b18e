package eu.alpkb.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.net.InetAddresses;
import eu.alpkb.Services;
import eu.alpkb.admin.Job;
import eu.alpkb.admin.JobConflictException;
import eu.alpkb.config.ServerSettings;
import eu.alpkb.ingest.Source;
import eu.alpkb.pipeline.Indexer;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The admin API: reindex jobs, their progress and reports, and the query log. Guarded by {@link AdminToken}, or by
 * the admin page's signed-in session (see {@link #authorise}).
 */
final class AdminController {
    /** The header through which the admin page's scripts send their session's CSRF token. */
    static final String CSRF_HEADER = "X-CSRF-Token";
    private final Services services;
    private final AdminToken token;
    private final AdminSessions sessions;
    private final SignInThrottle throttle;
    private final ObjectMapper json = new ObjectMapper();

    AdminController(Services services, AdminToken token, AdminSessions sessions, SignInThrottle throttle) {
        this.services = services;
        this.token = token;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /**
     * Refuses every admin call without the right bearer token; 503 when none is configured. A signed-in admin
     * page session may stand in for the token: for reading (GET) as it is, and for changes (POST, DELETE) only with
     * the session's CSRF token in {@value #CSRF_HEADER}, which another site's page cannot know.
     */
    void authorise(Context ctx) {
        if (!token.configured()) {
            throw new AdminUnavailableException();
        }
        String presented = bearer(ctx);
        if (presented != null) {
            throttle.check(ctx.ip());
            if (token.matches(presented)) {
                throttle.succeeded(ctx.ip());
                return;
            }
            throttle.failed(ctx.ip());
        }
        var session = sessions.signedIn(ctx.cookie(AdminSessions.COOKIE));
        if (session.isPresent()) {
            String method = ctx.method().name();
            if (method.equals("GET") || method.equals("HEAD") || session.get().csrfMatches(ctx.header(CSRF_HEADER))) {
                return;
            }
            throw new Refused(403, "csrfHeader", "a signed-in session must send its CSRF token in the "
                    + CSRF_HEADER + " header to change anything", CSRF_HEADER);
        }
        ctx.header("WWW-Authenticate", "Bearer realm=\"alpkb admin\"");
        throw new Refused(401, "adminToken", "missing or wrong admin token; send 'Authorization: Bearer TOKEN'",
                "Authorization: Bearer TOKEN");
    }

    /**
     * Lets a {@code /metrics} scrape through according to {@code server.metricsAccess}: anyone, only clients on this
     * machine, or only with the admin token (a signed-in admin page session counts too).
     */
    void authoriseMetrics(Context ctx, String access) {
        switch (access) {
            case ServerSettings.METRICS_LOOPBACK -> {
                if (!isLoopback(ctx.ip())) {
                    throw new Refused(403, "metricsLoopback", "metrics are only served to clients on this"
                            + " machine (server.metricsAccess: loopback)", "server.metricsAccess: loopback");
                }
            }
            case ServerSettings.METRICS_ADMIN -> authorise(ctx);
            default -> {
                // public: nothing to check
            }
        }
    }

    /** @return whether {@code ip}, an address literal, is this machine's; anything else (a name) is not */
    static boolean isLoopback(String ip) {
        // Only a literal is parsed, so the check never asks a name server.
        return ip != null && InetAddresses.isInetAddress(ip) && InetAddresses.forString(ip).isLoopbackAddress();
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
                throw new BadRequestException("bodyNotJson", "the body must be JSON such as {\"full\": true,"
                        + " \"source\": \"name\"}", "{\"full\": true, \"source\": \"name\"}");
            }
            if (node == null || !node.isObject()) {
                throw new BadRequestException("bodyNotObject", "the body must be a JSON object");
            }
            for (var it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!f.equals("full") && !f.equals("source")) {
                    throw new BadRequestException("unknownField", "unknown field '" + SearchParams.abbreviate(f)
                            + "'; allowed: full, source", SearchParams.abbreviate(f), "full, source");
                }
            }
            if (node.has("full")) {
                if (!node.get("full").isBoolean()) {
                    throw new BadRequestException("badFull", "full must be true or false");
                }
                full = node.get("full").asBoolean();
            }
            if (node.has("source") && !node.get("source").isNull()) {
                if (!node.get("source").isTextual()) {
                    throw new BadRequestException("badSource", "source must be a source name");
                }
                source = node.get("source").asText();
            }
        }
        try {
            Job job = startReindex(full, source);
            ctx.status(202).json(Map.of("jobId", job.id(), "state", job.state()));
        } catch (JobConflictException e) {
            Messages t = Messages.of(ctx);
            String text = t.lang().equals("en") ? e.getMessage() : t.get("bad.jobRunning", e.runningJobId());
            ctx.status(409).json(Map.of("error", text, "status", 409, "jobId", e.runningJobId()));
        }
    }

    /**
     * Starts a reindex of every configured source, or of the one named {@code source}.
     *
     * @throws BadRequestException  when no source has that name
     * @throws JobConflictException when a job is already queued or running
     */
    Job startReindex(boolean full, String source) {
        List<Source> sources;
        try {
            sources = services.sources().configured(source);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknownSource", e.getMessage(), SearchParams.abbreviate(source),
                    String.join(", ", services.config().service().sources().stream().map(s -> s.name()).toList()));
        }
        return services.jobs().start(full ? Indexer.Mode.FULL : Indexer.Mode.INCREMENTAL, source, () -> sources);
    }

    void job(Context ctx) {
        ctx.json(services.jobs().get(ctx.pathParam("id")).orElseThrow(AdminController::noSuchJob));
    }

    void jobs(Context ctx) {
        ctx.json(services.jobs().list());
    }

    void cancel(Context ctx) {
        String id = ctx.pathParam("id");
        Job job = services.jobs().get(id).orElseThrow(AdminController::noSuchJob);
        if (job.finished()) {
            throw new Refused(409, "jobEnded", "the job already ended as " + job.state(), job.state());
        }
        services.jobs().cancel(id);
        ctx.status(202).json(Map.of("jobId", id, "state", "cancelling"));
    }

    void report(Context ctx) {
        ctx.json(services.jobs().lastReport().orElseThrow(() -> new Refused(404, "noReport",
                "no run has finished yet")));
    }

    private static Refused noSuchJob() {
        return new Refused(404, "noJob", "no such job");
    }

    void queries(Context ctx) {
        int days = SearchParams.integer(ctx, "days", 30, 1, eu.alpkb.admin.QueryLog.RETENTION_DAYS);
        int limit = SearchParams.integer(ctx, "limit", 20, 1, 200);
        ctx.json(Map.of("days", days, "queries", services.queryLog().top(days, limit)));
    }

    /** No token configured: the admin API stays closed and says how to open it. */
    static final class AdminUnavailableException extends eu.alpkb.search.Refusal {
        AdminUnavailableException() {
            super("adminClosed", "the admin API is disabled: start the service with the environment variable "
                    + AdminToken.ENV + " set to a secret token", AdminToken.ENV);
        }
    }
}
