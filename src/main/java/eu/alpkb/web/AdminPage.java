package eu.alpkb.web;

import eu.alpkb.Services;
import eu.alpkb.knowledge.Evidence;
import eu.alpkb.knowledge.Finding;
import eu.alpkb.knowledge.KnowledgeBase;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin}: sign in with the admin token, start a reindex and watch it, read the last run's report and the
 * index statistics. Every form posts a per-session CSRF token; the token itself is only ever posted once, to sign in.
 * The page speaks the interface languages like the search page ({@link Messages}); a language chosen with {@code hl}
 * stays in the address of every form and redirect.
 */
final class AdminPage {
    static final int MAX_PROBLEMS = 200;
    private static final int RECENT_JOBS = 5;
    private static final int QUERY_DAYS = 30;
    private static final int QUERY_ROWS = 10;
    /** Without JavaScript, a page showing a running job reloads itself this often. */
    private static final int REFRESH_SECONDS = 2;

    /** People and organisations to review listed at most; the API lists the rest ({@code confirmed=false}). */
    static final int UNREVIEWED = 20;

    private final Services services;
    private final AdminToken token;
    private final AdminSessions sessions;
    private final AdminController api;
    private final SignInThrottle throttle;
    private final Pages pages;
    private final KnowledgeBase knowledge;

    AdminPage(Services services, AdminToken token, AdminSessions sessions, AdminController api,
              SignInThrottle throttle, Pages pages, KnowledgeBase knowledge) {
        this.knowledge = knowledge;
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
            signInForm(ctx, 403, null, "admin.formExpired");
            return;
        }
        java.time.Duration wait = throttle.waitFor(ctx.ip());
        if (!wait.isZero()) {
            long seconds = SignInThrottle.retryAfter(wait);
            ctx.header("Retry-After", Long.toString(seconds));
            signInForm(ctx, 429, session.get(), "admin.tooManyTokens", seconds);
            return;
        }
        if (!token.matches(ctx.formParam("token"))) {
            throttle.failed(ctx.ip());
            signInForm(ctx, 401, session.get(), "admin.wrongToken");
            return;
        }
        throttle.succeeded(ctx.ip());
        AdminSessions.Session signedIn = sessions.signIn(session.get().id());
        setCookie(ctx, signedIn.id(), false);
        ctx.redirect(home(ctx), HttpStatus.SEE_OTHER);
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
        ctx.redirect(home(ctx), HttpStatus.SEE_OTHER);
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
            dashboard(ctx, 400, session.get(), "error", "admin.badMode");
            return;
        }
        String source = ctx.formParam("source");
        try {
            api.startReindex("full".equals(mode), source == null || source.isBlank() ? null : source.strip());
        } catch (BadRequestException e) {
            dashboard(ctx, 400, session.get(), "error", Messages.of(ctx).explain(e));
            return;
        } catch (JobConflictException e) {
            dashboard(ctx, 409, session.get(), "error", "admin.jobRunning");
            return;
        }
        ctx.redirect(home(ctx), HttpStatus.SEE_OTHER);
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
            dashboard(ctx, 409, session.get(), "info", "admin.jobGone");
            return;
        }
        ctx.redirect(home(ctx), HttpStatus.SEE_OTHER);
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
            signInForm(ctx, 401, null, "admin.sessionEnded");
            return Optional.empty();
        }
        if (!session.get().csrfMatches(ctx.formParam("csrf"))) {
            dashboard(ctx, 403, session.get(), "error", "admin.formStale");
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

    /** @return the page's address, with the language when the address chose one */
    private static String home(Context ctx) {
        return AdminView.link("/admin", hl(ctx));
    }

    private void closed(Context ctx) {
        Messages t = Messages.of(ctx);
        pages.render(ctx, 503, "admin.jte", new AdminView(frame(t, false), hl(ctx), AdminView.Mode.CLOSED,
                null, null, null, List.of(), null, List.of(), null, null, List.of(), List.of(), List.of()));
    }

    /**
     * @param messageKey the notice's words in the bundles, or null for none
     * @param args       what the notice names
     */
    private void signInForm(Context ctx, int status, AdminSessions.Session current, String messageKey,
                            Object... args) {
        AdminSessions.Session session = current;
        if (session == null) {
            session = sessions.anonymous();
            setCookie(ctx, session.id(), false);
        }
        Messages t = Messages.of(ctx);
        pages.render(ctx, status, "admin.jte", new AdminView(frame(t, false), hl(ctx), AdminView.Mode.SIGN_IN,
                messageKey == null ? null : t.get(messageKey, args), "error", session.csrf(), List.of(), null,
                List.of(), null, null, List.of(), List.of(), List.of()));
    }

    private static String hl(Context ctx) {
        return Messages.chosen(ctx.queryParam(QueryLinks.HL));
    }

    /** A frame whose language links lead to {@code /admin} itself: a form's address cannot be opened again. */
    private Frame frame(Messages t, boolean refresh) {
        return pages.frame(QueryLinks.of("/admin", Map.of()), t, t.get("admin.title"), Frame.ADMIN, "admin.js",
                refresh ? REFRESH_SECONDS : null);
    }

    /** @param message a bundle key, or a text already in the page's language (a refusal explained) */
    private void dashboard(Context ctx, int status, AdminSessions.Session session, String kind, String message) {
        Messages t = Messages.of(ctx);
        AdminView.JobView running = services.jobs().running().map(j -> job(t, j)).orElse(null);
        List<AdminView.JobView> recent = services.jobs().list().stream().filter(Job::finished).limit(RECENT_JOBS)
                .map(j -> job(t, j)).toList();
        List<AdminView.SourceOption> sources = services.config().service().sources().stream()
                .map(s -> new AdminView.SourceOption(s.name(), t.get(s.type() == SourceConfig.SourceType.WEB
                        ? "admin.sourceWeb" : "admin.sourceFolder")))
                .toList();
        Map<String, List<QueryLog.Count>> queries = services.queryLog().top(QUERY_DAYS, QUERY_ROWS);
        String hl = hl(ctx);
        String notice = message == null ? null : t.has(message) ? t.get(message) : message;
        pages.render(ctx, status, "admin.jte", new AdminView(frame(t, running != null), hl,
                AdminView.Mode.DASHBOARD, notice, kind, session.csrf(), sources, running, recent,
                services.jobs().lastReport().map(r -> report(t, r)).orElse(null), stats(t, hl),
                queryCounts(queries.get("top"), hl), queryCounts(queries.get("zeroResults"), hl), unreviewed(t, hl)));
    }

    /**
     * People and organisations found in the documents that a reviewer has not confirmed or rejected yet, most
     * documented first.
     */
    private List<AdminView.Unreviewed> unreviewed(Messages t, String hl) {
        if (!services.reader().hasIndex()) {
            return List.of();
        }
        List<AdminView.Unreviewed> out = new ArrayList<>();
        for (Finding f : knowledge.unreviewed(UNREVIEWED, hl == null ? "en" : hl)) {
            String url = EntityPage.url(f.entity().id()) + (hl == null ? "" : "?hl=" + hl);
            Evidence e = f.evidence();
            out.add(new AdminView.Unreviewed(f.entity().name(), t.get("kind." + f.entity().kind()), url,
                    f.entity().documents(),
                    e == null ? null : e.text(), e == null || e.documentId() == null ? null : "/doc/" + e.documentId()));
        }
        return out;
    }

    private static List<AdminView.QueryCount> queryCounts(List<QueryLog.Count> counts, String hl) {
        if (counts == null) {
            return List.of();
        }
        return counts.stream().map(c -> new AdminView.QueryCount(c.query(),
                QueryLinks.of("/", Map.of(QueryLinks.Q, List.of(c.query()))).with(QueryLinks.HL, hl).url(),
                c.searches(), c.zeroResults()))
                .toList();
    }

    static AdminView.JobView job(Messages t, Job j) {
        boolean known = j.total() >= 0;
        int queued = j.finished() ? -1 : j.queued();
        return new AdminView.JobView(j.id(), j.state(), word(t, "admin.state.", j.state()),
                word(t, "admin.mode.", j.mode()), j.source() == null ? t.get("admin.allSources") : j.source(),
                time(t, j.startedAt()), time(t, j.finishedAt()), summary(t, j),
                progress(t, j.processed(), j.total(), queued, j.failed()),
                known ? Math.min(j.processed(), j.total()) : null, known ? Math.max(1, j.total()) : null);
    }

    /**
     * @param queued addresses still waiting in a crawl, or -1 when not known
     * @return "Documents processed: 40 of 120, failed: 2" in the page's language; the same words as admin.js
     */
    static String progress(Messages t, int processed, int total, int queued, int failed) {
        StringBuilder text = new StringBuilder(total < 0 ? t.get("admin.progressSoFar", processed)
                : t.get("admin.progressOf", processed, total));
        if (total < 0 && queued >= 0) {
            text.append(", ").append(t.get("admin.progressQueued", queued));
        }
        if (failed > 0) {
            text.append(", ").append(t.get("admin.progressFailed", failed));
        }
        return text.toString();
    }

    /**
     * @return a finished job in the page's words: what it processed and how long it took; a job that did not succeed
     *         adds why it stopped, in the page's words when the job says it with a code
     */
    static String summary(Messages t, Job j) {
        if (!j.finished()) {
            return j.message();
        }
        StringBuilder text = new StringBuilder(t.get("admin.processed", Math.max(0, j.processed())));
        if (j.failed() > 0) {
            text.append(", ").append(t.get("admin.progressFailed", j.failed()));
        }
        if (j.startedAt() != null && j.finishedAt() != null) {
            text.append(" · ").append(t.get("admin.seconds",
                    Duration.between(j.startedAt(), j.finishedAt()).toMillis() / 1000.0));
        }
        if (!Job.SUCCEEDED.equals(j.state())) {
            String why = stopped(t, j.messageCode(), j.messageArgs(), j.message());
            if (why != null && !why.isBlank()) {
                text.append(" – ").append(why);
            }
        }
        return text.toString();
    }

    /**
     * @return why a job or a run stopped, in the page's language when it has a code with words; else its English
     *         message (a report or job stored before the codes)
     */
    static String stopped(Messages t, String code, List<String> args, String english) {
        String key = "admin.stopped." + code;
        return code != null && t.has(key) ? t.get(key, args.toArray()) : english;
    }

    /** @return the bundles' word for a job's state or mode, or the value itself when there is none */
    private static String word(Messages t, String prefix, String value) {
        return value != null && t.has(prefix + value) ? t.get(prefix + value) : value;
    }

    private static String time(Messages t, Instant instant) {
        return instant == null ? null : t.dateTime(instant);
    }

    /**
     * The last run's problems grouped by outcome and reason, failures first, then the largest groups: sixty expected
     * {@code noindex} skips fold into one line with a count and no longer bury two real failures.
     */
    static List<AdminView.ReasonGroup> groups(List<Outcome> outcomes) {
        return groups(outcomes, Messages.of("en"));
    }

    /**
     * @param t the page's language: a reason with a code is said in it, one without keeps its English words
     */
    static List<AdminView.ReasonGroup> groups(List<Outcome> outcomes, Messages t) {
        String noReason = t.get("admin.noReason");
        Map<String, List<Outcome>> byReason = new java.util.LinkedHashMap<>();
        for (Outcome o : outcomes == null ? List.<Outcome>of() : outcomes) {
            if (o.status() != Outcome.Status.OK) {
                // the same code with the same values is the same reason, as the same English words were
                String reason = o.code() != null ? "\u0001" + o.code() + o.args()
                        : o.reason() == null || o.reason().isBlank() ? noReason : o.reason();
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
                        o.status().name().toLowerCase(Locale.ROOT), o.reason() == null ? "" : reason(t, o)));
                listed++;
            }
            Outcome first = g.get(0);
            groups.add(new AdminView.ReasonGroup(first.status().name().toLowerCase(Locale.ROOT),
                    first.reason() == null || first.reason().isBlank() ? noReason : reason(t, first),
                    g.size(), addresses, g.size() - addresses.size()));
        }
        return groups;
    }

    /** @return why an address failed or was skipped, in the page's language when its reason has a code */
    static String reason(Messages t, Outcome o) {
        return t.reason(o.code(), o.reason(), o.args());
    }

    private static AdminView.ReportView report(Messages t, RunReport r) {
        List<AdminView.ReasonGroup> groups = groups(r.outcomes(), t);
        int more = groups.stream().mapToInt(AdminView.ReasonGroup::unlisted).sum();
        String duration = r.startedAt() == null || r.finishedAt() == null ? null
                : t.get("admin.seconds", Duration.between(r.startedAt(), r.finishedAt()).toMillis() / 1000.0);
        return new AdminView.ReportView(word(t, "admin.mode.", r.mode()), time(t, r.startedAt()),
                time(t, r.finishedAt()), duration, r.completed(),
                stopped(t, r.messageCode(), List.of(), r.message()), r.added(), r.updated(), r.unchanged(), r.deleted(), r.failed(), r.skipped(), groups,
                more);
    }

    private AdminView.StatsView stats(Messages t, String hl) {
        List<AdminView.Count> perType = new ArrayList<>();
        SearchResult all = services.reader().search(new SearchRequest("", Map.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 1, 1, t.lang()));
        for (FacetValue v : all.facets().getOrDefault(Dimension.TYPE.key(), List.of())) {
            perType.add(new AdminView.Count(v.label(), v.count(),
                    QueryLinks.of("/", Map.of(Dimension.TYPE.key(), List.of(v.value()))).with(QueryLinks.HL, hl)
                            .url()));
        }
        List<AdminView.Count> perSource = new ArrayList<>();
        services.reader().documentsPerSource().forEach((name, n) -> perSource.add(new AdminView.Count(name, n, null)));
        String lastUpdate = services.jobs().list().stream()
                .filter(j -> Job.SUCCEEDED.equals(j.state()) && j.finishedAt() != null).findFirst()
                .map(j -> time(t, j.finishedAt()))
                .orElseGet(() -> services.jobs().lastReport().filter(RunReport::completed)
                        .map(r -> time(t, r.finishedAt())).orElse(t.get("admin.never")));
        LocalDate newest = services.reader().newestDate();
        return new AdminView.StatsView(services.reader().documentCount(), bytes(t, services.reader().sizeInBytes()),
                lastUpdate, services.reader().schemaVersion(), services.reader().generation(),
                newest == null ? t.get("admin.none") : t.date(newest), perType, perSource);
    }

    /** @return a size on disk with the unit and the decimal mark of the page's language ("1,5 Mo") */
    static String bytes(Messages t, long n) {
        if (n < 1024) {
            return t.get("admin.bytes", n);
        }
        double kb = n / 1024.0;
        if (kb < 1024) {
            return t.get("admin.kb", kb);
        }
        double mb = kb / 1024.0;
        if (mb < 1024) {
            return t.get("admin.mb", mb);
        }
        return t.get("admin.gb", mb / 1024.0);
    }
}
