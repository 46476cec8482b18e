package eu.alpkb.web;

import eu.alpkb.Services;
import eu.alpkb.admin.Job;
import eu.alpkb.admin.JobConflictException;
import eu.alpkb.admin.QueryLog;
import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.Outcome;
import eu.alpkb.pipeline.RunReport;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.FacetValue;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin}: sign in with the admin token, start a reindex and watch it, read the last run's report and the
 * index statistics. Every form posts a per-session CSRF token; the token itself is only ever posted once, to sign in.
 */
final class AdminPage {
    static final int MAX_PROBLEMS = 200;
    private static final int RECENT_JOBS = 5;
    private static final int QUERY_DAYS = 30;
    private static final int QUERY_ROWS = 10;
    /** Without JavaScript, a page showing a running job reloads itself this often. */
    private static final int REFRESH_SECONDS = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Services services;
    private final AdminToken token;
    private final AdminSessions sessions;
    private final AdminController api;
    private final SignInThrottle throttle;
    private final Pages pages;

    AdminPage(Services services, AdminToken token, AdminSessions sessions, AdminController api,
              SignInThrottle throttle, Pages pages) {
        this.services = services;
        this.token = token;
        this.sessions = sessions;
        this.api = api;
        this.throttle = throttle;
        this.pages = pages;
    }

    /** {@code GET /admin}. */
    void show(Context ctx) {
        noStore(ctx);
        if (!token.configured()) {
            closed(ctx);
            return;
        }
        Optional<AdminSessions.Session> session = sessions.find(ctx.cookie(AdminSessions.COOKIE));
        if (session.isPresent() && session.get().signedIn()) {
            dashboard(ctx, 200, session.get(), null, null);
        } else {
            signInForm(ctx, 200, session.orElse(null), null);
        }
    }

    /** {@code POST /admin/login}. */
    void login(Context ctx) {
        noStore(ctx);
        if (!token.configured()) {
            closed(ctx);
            return;
        }
        Optional<AdminSessions.Session> session = sessions.find(ctx.cookie(AdminSessions.COOKIE));
        if (session.isEmpty() || !session.get().csrfMatches(ctx.formParam("csrf"))) {
            signInForm(ctx, 403, null, "The sign-in form had expired. Please enter the token again.");
            return;
        }
        java.time.Duration wait = throttle.waitFor(ctx.ip());
        if (!wait.isZero()) {
            long seconds = SignInThrottle.retryAfter(wait);
            ctx.header("Retry-After", Long.toString(seconds));
            signInForm(ctx, 429, session.get(), "Too many wrong tokens from this address. Please wait " + seconds
                    + " s before trying again.");
            return;
        }
        if (!token.matches(ctx.formParam("token"))) {
            throttle.failed(ctx.ip());
            signInForm(ctx, 401, session.get(), "That is not the admin token.");
            return;
        }
        throttle.succeeded(ctx.ip());
        AdminSessions.Session signedIn = sessions.signIn(session.get().id());
        setCookie(ctx, signedIn.id(), false);
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/logout}. */
    void logout(Context ctx) {
        noStore(ctx);
        Optional<AdminSessions.Session> session = checked(ctx);
        if (session.isEmpty()) {
            return;
        }
        sessions.end(session.get().id());
        setCookie(ctx, "", true);
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/reindex}: form fields {@code mode} (incremental or full) and {@code source} (empty: all). */
    void reindex(Context ctx) {
        noStore(ctx);
        Optional<AdminSessions.Session> session = checked(ctx);
        if (session.isEmpty()) {
            return;
        }
        String mode = ctx.formParam("mode");
        if (mode != null && !mode.equals("full") && !mode.equals("incremental")) {
            dashboard(ctx, 400, session.get(), "The mode must be incremental or full.", "error");
            return;
        }
        String source = ctx.formParam("source");
        try {
            api.startReindex("full".equals(mode), source == null || source.isBlank() ? null : source.strip());
        } catch (BadRequestException e) {
            dashboard(ctx, 400, session.get(), e.getMessage(), "error");
            return;
        } catch (JobConflictException e) {
            dashboard(ctx, 409, session.get(), "A reindex is already running; wait for it to finish or cancel it.",
                    "error");
            return;
        }
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/cancel}: form field {@code job}. */
    void cancel(Context ctx) {
        noStore(ctx);
        Optional<AdminSessions.Session> session = checked(ctx);
        if (session.isEmpty()) {
            return;
        }
        String id = ctx.formParam("job");
        if (id == null || !services.jobs().cancel(id)) {
            dashboard(ctx, 409, session.get(), "That job is not running any more.", "info");
            return;
        }
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    }

    /**
     * @return the signed-in session of a form post whose CSRF token matches; otherwise an answer has been rendered
     *         and the result is empty
     */
    private Optional<AdminSessions.Session> checked(Context ctx) {
        if (!token.configured()) {
            closed(ctx);
            return Optional.empty();
        }
        Optional<AdminSessions.Session> session = sessions.signedIn(ctx.cookie(AdminSessions.COOKIE));
        if (session.isEmpty()) {
            signInForm(ctx, 401, null, "Your session has ended. Please sign in again.");
            return Optional.empty();
        }
        if (!session.get().csrfMatches(ctx.formParam("csrf"))) {
            dashboard(ctx, 403, session.get(), "That form had expired, so nothing was done. Please try again.",
                    "error");
            return Optional.empty();
        }
        return session;
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    private static void setCookie(Context ctx, String value, boolean expire) {
        StringBuilder cookie = new StringBuilder(AdminSessions.COOKIE).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Strict");
        if ("https".equalsIgnoreCase(ctx.scheme())) {
            cookie.append("; Secure");
        }
        if (expire) {
            cookie.append("; Max-Age=0");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }

    private void closed(Context ctx) {
        pages.render(ctx, 503, "admin.jte", new AdminView(frame(false), AdminView.Mode.CLOSED,
                null, null, null, List.of(), null, List.of(), null, null, List.of(), List.of()));
    }

    private void signInForm(Context ctx, int status, AdminSessions.Session current, String message) {
        AdminSessions.Session session = current;
        if (session == null) {
            session = sessions.anonymous();
            setCookie(ctx, session.id(), false);
        }
        pages.render(ctx, status, "admin.jte", new AdminView(frame(false), AdminView.Mode.SIGN_IN, message, "error",
                session.csrf(), List.of(), null, List.of(), null, null, List.of(), List.of()));
    }

    private Frame frame(boolean refresh) {
        return pages.englishFrame("Administration – alpkb", Frame.ADMIN, "admin.js", refresh ? REFRESH_SECONDS : null);
    }

    private void dashboard(Context ctx, int status, AdminSessions.Session session, String message, String kind) {
        AdminView.JobView running = services.jobs().running().map(AdminPage::job).orElse(null);
        List<AdminView.JobView> recent = services.jobs().list().stream().filter(Job::finished).limit(RECENT_JOBS)
                .map(AdminPage::job).toList();
        List<AdminView.SourceOption> sources = services.config().service().sources().stream()
                .map(s -> new AdminView.SourceOption(s.name(), s.type() == SourceConfig.SourceType.WEB ? "web site"
                        : "folder"))
                .toList();
        Map<String, List<QueryLog.Count>> queries = services.queryLog().top(QUERY_DAYS, QUERY_ROWS);
        pages.render(ctx, status, "admin.jte", new AdminView(frame(running != null), AdminView.Mode.DASHBOARD,
                message, kind, session.csrf(), sources, running, recent,
                services.jobs().lastReport().map(AdminPage::report).orElse(null), stats(),
                queryCounts(queries.get("top")), queryCounts(queries.get("zeroResults"))));
    }

    private static List<AdminView.QueryCount> queryCounts(List<QueryLog.Count> counts) {
        if (counts == null) {
            return List.of();
        }
        return counts.stream().map(c -> new AdminView.QueryCount(c.query(),
                QueryLinks.of("/", Map.of(QueryLinks.Q, List.of(c.query()))).url(), c.searches(), c.zeroResults()))
                .toList();
    }

    private static AdminView.JobView job(Job j) {
        boolean known = j.total() >= 0;
        return new AdminView.JobView(j.id(), j.state(), j.mode(), j.source() == null ? "all sources" : j.source(),
                j.processed(), j.total(), j.failed(), j.finished() ? -1 : j.queued(), time(j.startedAt()),
                time(j.finishedAt()), j.message(),
                known ? Math.min(j.processed(), j.total()) : null, known ? Math.max(1, j.total()) : null);
    }

    private static String time(Instant t) {
        return t == null ? null : TIME.format(t);
    }

    /**
     * The last run's problems grouped by outcome and reason, failures first, then the largest groups: sixty expected
     * {@code noindex} skips fold into one line with a count and no longer bury two real failures.
     */
    static List<AdminView.ReasonGroup> groups(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byReason = new java.util.LinkedHashMap<>();
        for (Outcome o : outcomes == null ? List.<Outcome>of() : outcomes) {
            if (o.status() != Outcome.Status.OK) {
                String reason = o.reason() == null || o.reason().isBlank() ? "no reason given" : o.reason();
                byReason.computeIfAbsent(o.status() + "\u0000" + reason, k -> new ArrayList<>()).add(o);
            }
        }
        List<List<Outcome>> sorted = new ArrayList<>(byReason.values());
        sorted.sort(Comparator.<List<Outcome>, Outcome.Status>comparing(g -> g.get(0).status()).reversed()
                .thenComparing(List::size, Comparator.reverseOrder()));
        List<AdminView.ReasonGroup> groups = new ArrayList<>();
        int listed = 0;
        for (List<Outcome> g : sorted) {
            List<AdminView.OutcomeView> addresses = new ArrayList<>();
            for (Outcome o : g) {
                if (listed >= MAX_PROBLEMS) {
                    break;
                }
                addresses.add(new AdminView.OutcomeView(o.url(), Pages.safeHref(o.url()),
                        o.status().name().toLowerCase(Locale.ROOT), o.reason() == null ? "" : o.reason()));
                listed++;
            }
            Outcome first = g.get(0);
            groups.add(new AdminView.ReasonGroup(first.status().name().toLowerCase(Locale.ROOT),
                    first.reason() == null || first.reason().isBlank() ? "no reason given" : first.reason(),
                    g.size(), addresses, g.size() - addresses.size()));
        }
        return groups;
    }

    private static AdminView.ReportView report(RunReport r) {
        List<AdminView.ReasonGroup> groups = groups(r.outcomes());
        int more = groups.stream().mapToInt(AdminView.ReasonGroup::unlisted).sum();
        String duration = r.startedAt() == null || r.finishedAt() == null ? null
                : String.format(Locale.ENGLISH, "%.1f s",
                        Duration.between(r.startedAt(), r.finishedAt()).toMillis() / 1000.0);
        return new AdminView.ReportView(r.mode(), time(r.startedAt()), time(r.finishedAt()), duration, r.completed(),
                r.message(), r.added(), r.updated(), r.unchanged(), r.deleted(), r.failed(), r.skipped(), groups,
                more);
    }

    private AdminView.StatsView stats() {
        List<AdminView.Count> perType = new ArrayList<>();
        SearchResult all = services.reader().search(new SearchRequest("", Map.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 1, 1, "en"));
        for (FacetValue v : all.facets().getOrDefault(Dimension.TYPE.key(), List.of())) {
            perType.add(new AdminView.Count(v.label(), v.count(),
                    QueryLinks.of("/", Map.of(Dimension.TYPE.key(), List.of(v.value()))).url()));
        }
        List<AdminView.Count> perSource = new ArrayList<>();
        services.reader().documentsPerSource().forEach((name, n) -> perSource.add(new AdminView.Count(name, n, null)));
        String lastUpdate = services.jobs().list().stream()
                .filter(j -> Job.SUCCEEDED.equals(j.state()) && j.finishedAt() != null).findFirst()
                .map(j -> time(j.finishedAt()))
                .orElseGet(() -> services.jobs().lastReport().filter(RunReport::completed)
                        .map(r -> time(r.finishedAt())).orElse("never"));
        LocalDate newest = services.reader().newestDate();
        return new AdminView.StatsView(services.reader().documentCount(), bytes(services.reader().sizeInBytes()),
                lastUpdate, services.reader().schemaVersion(), services.reader().generation(),
                Messages.of("en").date(newest), perType, perSource);
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        double kb = n / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB", kb);
        }
        double mb = kb / 1024.0;
        if (mb < 1024) {
            return String.format(Locale.ENGLISH, "%.1f MB", mb);
        }
        return String.format(Locale.ENGLISH, "%.2f GB", mb / 1024.0);
    }
}
