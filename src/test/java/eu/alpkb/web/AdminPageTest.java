package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.TestServer;
import eu.alpkb.admin.Monitoring;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin page: token sign-in, sessions, CSRF on every change, reindex, report, statistics, sign-out. */
class AdminPageTest {
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PageFixtures.start(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @AfterEach
    void settle() throws Exception {
        assertThat(server.services.jobs().awaitIdle(60_000)).isTrue();
    }

    /** One browser: its session cookie and the last page's CSRF token. */
    static final class Visitor {
        String cookie;
        String csrf;
        /** The browser's Accept-Language, or null for none. */
        String languages;

        Visitor() {
        }

        Visitor(String languages) {
            this.languages = languages;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpRequest.Builder b = server.request(path).header("Accept", "text/html");
            if (languages != null) {
                b.header("Accept-Language", languages);
            }
            if (cookie != null) {
                b.header("Cookie", AdminSessions.COOKIE + "=" + cookie);
            }
            return remember(server.send(b));
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder b = server.request(path).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (languages != null) {
                b.header("Accept-Language", languages);
            }
            if (cookie != null) {
                b.header("Cookie", AdminSessions.COOKIE + "=" + cookie);
            }
            return remember(server.send(b));
        }

        HttpResponse<String> api(String method, String path, String csrfHeader) throws Exception {
            HttpRequest.Builder b = server.request(path).header("Cookie", AdminSessions.COOKIE + "=" + cookie)
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (csrfHeader != null) {
                b.header(AdminController.CSRF_HEADER, csrfHeader);
            }
            return server.send(b);
        }

        private HttpResponse<String> remember(HttpResponse<String> r) {
            for (String c : r.headers().allValues("set-cookie")) {
                if (c.startsWith(AdminSessions.COOKIE + "=")) {
                    String value = c.substring(AdminSessions.COOKIE.length() + 1, c.indexOf(';'));
                    cookie = value.isEmpty() ? null : value;
                }
            }
            if (r.headers().firstValue("content-type").orElse("").startsWith("text/html")) {
                var field = Jsoup.parse(r.body()).selectFirst("input[name=csrf]");
                if (field != null) {
                    csrf = field.attr("value");
                }
            }
            return r;
        }

        Visitor signIn() throws Exception {
            get("/admin");
            HttpResponse<String> r = post("/admin/login", Map.of("csrf", csrf, "token", TestServer.TOKEN));
            assertThat(r.statusCode()).isEqualTo(303);
            get("/admin");
            return this;
        }
    }

    @Test
    void the_sign_in_form_posts_the_token_with_a_csrf_field_and_sets_a_strict_http_only_cookie() throws Exception {
        Visitor v = new Visitor();
        HttpResponse<String> r = v.get("/admin");
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("form[action=/admin/login]").attr("method")).isEqualTo("post");
        assertThat(d.selectFirst("input[name=token]").attr("type")).isEqualTo("password");
        assertThat(v.csrf).hasSizeGreaterThan(30);
        String cookie = r.headers().firstValue("set-cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        assertThat(r.headers().firstValue("cache-control")).hasValue("no-store");
    }

    @Test
    void signing_in_needs_the_right_token_and_the_form_csrf_token_and_gives_a_new_session() throws Exception {
        Visitor v = new Visitor();
        v.get("/admin");
        String anonymous = v.cookie;
        assertThat(v.post("/admin/login", Map.of("token", TestServer.TOKEN)).statusCode()).isEqualTo(403);
        v.get("/admin");
        HttpResponse<String> wrong = v.post("/admin/login", Map.of("csrf", v.csrf, "token", "guess"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(wrong.body()).selectFirst("[role=alert]").text()).contains("not the admin token");
        HttpResponse<String> ok = v.post("/admin/login", Map.of("csrf", v.csrf, "token", TestServer.TOKEN));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("location")).hasValue("/admin");
        assertThat(v.cookie).isNotEqualTo(anonymous);
        assertThat(ok.uri().toString()).doesNotContain(TestServer.TOKEN);
        Document dashboard = Jsoup.parse(v.get("/admin").body());
        assertThat(dashboard.selectFirst("form[action=/admin/reindex]")).isNotNull();
        assertThat(dashboard.text()).doesNotContain(TestServer.TOKEN);
    }

    @Test
    void the_dashboard_shows_index_statistics_per_type_and_source_and_the_last_report() throws Exception {
        Document d = Jsoup.parse(new Visitor().signIn().get("/admin").body());
        assertThat(d.getElementById("stat-documents").text()).isEqualTo(Integer.toString(PageFixtures.DOCUMENTS));
        assertThat(d.select(".stats dt").eachText()).contains("Size on disk", "Last update", "Schema version");
        assertThat(d.select("table.counts td").eachText()).contains("News", "Interview", "pages", "fixtures", "14");
        assertThat(d.selectFirst("#report-heading").parent().select(".report-counts li").eachText())
                .anyMatch(t -> t.endsWith(" added")).anyMatch(t -> t.endsWith(" failed"))
                .anyMatch(t -> t.endsWith(" skipped"));
        assertThat(d.select("#source option").eachAttr("value")).containsExactly("", "pages", "fixtures");
    }

    @Test
    void a_reindex_started_from_the_form_runs_and_its_report_lists_skipped_and_failed_addresses() throws Exception {
        Visitor v = new Visitor().signIn();
        HttpResponse<String> started = v.post("/admin/reindex", Map.of("csrf", v.csrf, "mode", "full", "source", ""));
        assertThat(started.statusCode()).isEqualTo(303);
        Document running = Jsoup.parse(v.get("/admin").body());
        if (running.getElementById("job") != null) {
            assertThat(running.selectFirst("progress#job-progress")).isNotNull();
            assertThat(running.selectFirst("#job noscript").html()).contains("reloads itself");
            assertThat(running.selectFirst("head").html()).contains("http-equiv=\"refresh\"");
        }
        assertThat(server.services.jobs().awaitIdle(60_000)).isTrue();
        Document after = Jsoup.parse(v.get("/admin").body());
        assertThat(after.getElementById("job")).isNull();
        assertThat(after.selectFirst("table.jobs tbody tr").select("td").eachText())
                .contains("full", "all sources", "succeeded");
        List<String> problems = after.select("table.problems tbody tr").eachText();
        assertThat(problems).anySatisfy(row -> assertThat(row).startsWith("skipped").contains("noindex-draft.html")
                .contains("noindex"));
        assertThat(problems).anySatisfy(row -> assertThat(row).startsWith("failed").contains("broken-report.pdf"));
    }

    @Test
    void every_admin_form_refuses_a_post_without_the_session_csrf_token() throws Exception {
        Visitor v = new Visitor().signIn();
        int before = server.services.jobs().list().size();
        HttpResponse<String> r = v.post("/admin/reindex", Map.of("csrf", "forged", "mode", "full"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(server.services.jobs().list()).hasSize(before);
        assertThat(v.post("/admin/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(v.post("/admin/cancel", Map.of("job", "x")).statusCode()).isEqualTo(403);
        Visitor stranger = new Visitor();
        assertThat(stranger.post("/admin/reindex", Map.of("csrf", v.csrf, "mode", "full")).statusCode())
                .isEqualTo(401);
        assertThat(server.services.jobs().list()).hasSize(before);
    }

    @Test
    void the_session_cookie_opens_the_json_api_for_reading_and_with_the_csrf_header_for_changes() throws Exception {
        Visitor v = new Visitor().signIn();
        assertThat(v.api("GET", "/api/admin/report", null).statusCode()).isEqualTo(200);
        assertThat(v.api("GET", "/api/admin/jobs", null).statusCode()).isEqualTo(200);
        HttpResponse<String> noHeader = v.api("POST", "/api/admin/reindex", null);
        assertThat(noHeader.statusCode()).isEqualTo(403);
        assertThat(v.api("POST", "/api/admin/reindex", "forged").statusCode()).isEqualTo(403);
        HttpResponse<String> started = v.api("POST", "/api/admin/reindex", v.csrf);
        assertThat(started.statusCode()).isEqualTo(202);
        String jobId = TestServer.parse(started.body()).get("jobId").asText();
        assertThat(v.api("DELETE", "/api/admin/jobs/" + jobId, null).statusCode()).isEqualTo(403);
        assertThat(v.api("DELETE", "/api/admin/jobs/" + jobId, v.csrf).statusCode()).isIn(202, 409);
        assertThat(server.services.jobs().awaitIdle(60_000)).isTrue();
        JsonNode job = TestServer.parse(v.api("GET", "/api/admin/jobs/" + jobId, null).body());
        assertThat(job.get("state").asText()).isIn("succeeded", "cancelled");
        // an anonymous session opens nothing
        Visitor anonymous = new Visitor();
        anonymous.get("/admin");
        assertThat(anonymous.api("GET", "/api/admin/report", null).statusCode()).isEqualTo(401);
        assertThat(anonymous.api("POST", "/api/admin/reindex", anonymous.csrf).statusCode()).isEqualTo(401);
    }

    @Test
    void signing_out_ends_the_session_for_the_page_and_the_api() throws Exception {
        Visitor v = new Visitor().signIn();
        String session = v.cookie;
        HttpResponse<String> out = v.post("/admin/logout", Map.of("csrf", v.csrf));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().allValues("set-cookie")).anyMatch(c -> c.contains("Max-Age=0"));
        v.cookie = session;
        assertThat(v.api("GET", "/api/admin/report", null).statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(v.get("/admin").body()).selectFirst("form[action=/admin/login]")).isNotNull();
    }

    @Test
    void without_a_configured_token_the_admin_page_says_how_to_open_it() throws Exception {
        Javalin closed = WebApp.create(server.services, AdminToken.of(null),
                new Monitoring(server.services.jobs(),
                        server.services.reader())).start("127.0.0.1", 0);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + closed.port() + "/admin")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(Jsoup.parse(r.body()).text()).contains("ALPKB_ADMIN_TOKEN");
            assertThat(r.headers().allValues("set-cookie")).isEqualTo(List.of());
        } finally {
            closed.stop();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de-AT,de;q=0.9,en;q=0.5 | de | Verwaltung | Admin-Token | Anmelden",
        "fr-CH,fr;q=0.9 | fr | Administration | Jeton d’administration | Se connecter",
        "it-IT,it;q=0.9,en;q=0.8 | it | Amministrazione | Token di amministrazione | Accedi",
        "sl-SI,sl;q=0.9 | sl | Upravljanje | Skrbniški žeton | Prijava"})
    void the_sign_in_form_speaks_the_browsers_language(String header, String lang, String heading, String label,
                                                         String button) throws Exception {
        HttpResponse<String> r = new Visitor(header).get("/admin");
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(d.selectFirst("h1").text()).isEqualTo(heading);
        assertThat(d.selectFirst("label[for=token]").text()).isEqualTo(label);
        assertThat(d.selectFirst("form.login button").text()).isEqualTo(button);
        assertThat(d.selectFirst("form.login p.help").text()).contains("ALPKB_ADMIN_TOKEN").doesNotContain("on the server");
        // the language came from the browser, so the form's address does not fix one
        assertThat(d.selectFirst("form.login").attr("action")).isEqualTo("/admin/login");
        assertThat(d.selectFirst("nav.languages a[aria-current=true]").attr("hreflang")).isEqualTo(lang);
    }

    @Test
    void without_a_language_asked_for_the_page_is_english() throws Exception {
        Document d = Jsoup.parse(new Visitor().get("/admin").body());
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(d.selectFirst("form.login button").text()).isEqualTo("Sign in");
    }

    @Test
    void the_language_switch_is_kept_through_sign_in_flash_messages_and_the_dashboard() throws Exception {
        Visitor v = new Visitor("de-DE,de;q=0.9");
        Document form = Jsoup.parse(v.get("/admin?hl=it").body());
        assertThat(form.selectFirst("h1").text()).isEqualTo("Amministrazione");
        assertThat(form.selectFirst("form.login").attr("action")).isEqualTo("/admin/login?hl=it");
        assertThat(form.select("nav.languages a").eachAttr("href")).containsExactly("/admin?hl=en", "/admin?hl=de",
                "/admin?hl=fr", "/admin?hl=it", "/admin?hl=sl");

        HttpResponse<String> wrong = v.post("/admin/login?hl=it", Map.of("csrf", v.csrf, "token", "guess"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        Document refused = Jsoup.parse(wrong.body());
        assertThat(refused.selectFirst("[role=alert]").text()).isEqualTo("Questo non è il token di amministrazione.");
        // links to another language lead to the page, not to the form's address
        assertThat(refused.select("nav.languages a").eachAttr("href")).contains("/admin?hl=fr");

        HttpResponse<String> ok = v.post("/admin/login?hl=it", Map.of("csrf", v.csrf, "token", TestServer.TOKEN));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("location")).hasValue("/admin?hl=it");
        Document dashboard = Jsoup.parse(v.get("/admin?hl=it").body());
        assertThat(dashboard.selectFirst("#reindex-heading").text()).isEqualTo("Reindicizzazione");
        assertThat(dashboard.select(".stats dt").eachText()).contains("Spazio su disco", "Ultimo aggiornamento");
        assertThat(dashboard.selectFirst("form.reindex-form").attr("action")).isEqualTo("/admin/reindex?hl=it");
        assertThat(dashboard.selectFirst("form.reindex-form button").text()).isEqualTo("Reindicizza ora");
        assertThat(dashboard.selectFirst(".admin-bar button").text()).isEqualTo("Esci");

        Document slovenian = Jsoup.parse(v.get("/admin?hl=sl").body());
        assertThat(slovenian.select("table.counts td").eachText()).contains("Novice", "Intervju");
        // days are not padded in Slovenian ("1. julij", never "01. julij")
        assertThat(slovenian.select(".stats dd").eachText()).contains("1. julij 2015");

        HttpResponse<String> badMode = v.post("/admin/reindex?hl=sl", Map.of("csrf", v.csrf, "mode", "sideways"));
        assertThat(badMode.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(badMode.body()).selectFirst("[role=alert]").text())
                .isEqualTo("Način mora biti postopni ali celotni.");
    }

    @Test
    void a_run_is_reported_with_dates_and_words_of_the_browsers_language() throws Exception {
        Visitor v = new Visitor("fr-FR,fr;q=0.9").signIn();
        HttpResponse<String> started = v.post("/admin/reindex", Map.of("csrf", v.csrf, "mode", "full", "source", ""));
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().firstValue("location")).hasValue("/admin");
        Document running = Jsoup.parse(v.get("/admin").body());
        if (running.getElementById("job") != null) {
            // admin.js writes the progress with the page's words, never its own
            assertThat(running.getElementById("job").attr("data-progress-of")).isEqualTo(
                    "Documents traités : {0} sur {1}");
            assertThat(running.getElementById("job").attr("data-state-running")).isEqualTo("en cours");
        }
        assertThat(server.services.jobs().awaitIdle(60_000)).isTrue();
        Document d = Jsoup.parse(v.get("/admin").body());
        List<String> row = d.selectFirst("table.jobs tbody tr").select("td").eachText();
        assertThat(row).contains("complète", "toutes les sources", "réussie");
        assertThat(row.get(0)).matches("\\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre"
                + "|octobre|novembre|décembre) \\d{4} .*UTC");
        assertThat(d.select(".report-counts li").eachText()).anyMatch(t -> t.startsWith("Ajouts : "));
        List<String> problems = d.select("table.problems tbody tr").eachText();
        assertThat(problems).anyMatch(t -> t.startsWith("ignorée"));
        // the reasons come from deep in the pipeline, and still read in the page's language
        assertThat(problems).anySatisfy(t -> assertThat(t).startsWith("ignorée")
                .contains("la page demande à ne pas être indexée (meta robots noindex)")
                .contains("noindex-draft.html"));
        assertThat(problems).anySatisfy(t -> assertThat(t).startsWith("en échec")
                .contains("document corrompu ou non pris en charge : ").contains("broken-report.pdf"));
        // the API keeps the English words for scripts and adds the code
        JsonNode report = TestServer.parse(v.api("GET", "/api/admin/report", null).body());
        assertThat(report.get("outcomes")).anySatisfy(o -> {
            assertThat(o.get("code").asText()).isEqualTo("noindex");
            assertThat(o.get("reason").asText()).isEqualTo("the page asks not to be indexed (meta robots noindex)");
        });
        assertThat(d.selectFirst("#queries-heading").text()).isEqualTo("Ce que les gens cherchent (30 derniers jours)");
    }
}
