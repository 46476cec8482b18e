package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The search and document pages over HTTP, as a browser without JavaScript sees them. */
class PagesTest {
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

    static HttpResponse<String> page(String pathAndQuery) throws Exception {
        return server.send(server.request(pathAndQuery).header("Accept", "text/html"));
    }

    static Document html(String pathAndQuery) throws Exception {
        HttpResponse<String> r = page(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        return Jsoup.parse(r.body(), server.base());
    }

    static String idOf(String query) throws Exception {
        return server.json("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).get("hits").get(0)
                .get("id").asText();
    }

    @Test
    void results_show_highlighted_title_type_badge_date_labels_snippet_and_links() throws Exception {
        Document d = html("/?q=Torino+plastics");
        Element hit = d.selectFirst("ol.hits > li.hit");
        assertThat(hit.selectFirst(".hit-title a").text()).isEqualTo("Plastics cluster in Torino opens a testing lab");
        assertThat(hit.select(".hit-title mark").eachText()).contains("Torino");
        assertThat(hit.selectFirst(".badge").text()).isEqualTo("News");
        assertThat(hit.selectFirst("time").attr("datetime")).isEqualTo("2012-03-14");
        assertThat(hit.selectFirst("time").text()).isEqualTo("14 March 2012");
        assertThat(hit.selectFirst(".hit-tags").text()).contains("Regions: Piedmont").contains("Sectors: Plastics");
        assertThat(hit.select(".snippet mark")).isNotEmpty();
        assertThat(hit.selectFirst(".hit-title a").attr("href")).matches("/doc/[0-9a-f]{16}\\?q=Torino\\+plastics");
        assertThat(d.selectFirst("#results-heading").text()).startsWith("Results 1–");
    }

    @Test
    void the_results_link_their_csv_and_atom_versions_and_show_the_date_range() throws Exception {
        Document d = html("/?q=cluster&region=ITC1&from=2010-01-01&page=1");
        Element exports = d.selectFirst("p.exports");
        assertThat(exports.select("a").eachAttr("href")).containsExactly(
                "/api/search.csv?q=cluster&region=ITC1&from=2010-01-01",
                "/api/search.atom?q=cluster&region=ITC1&from=2010-01-01");
        assertThat(d.selectFirst("input#from").attr("value")).isEqualTo("2010-01-01");
        assertThat(d.selectFirst("input#to").hasAttr("value")).isFalse();
        assertThat(d.select("input[type=hidden][name=from]")).as("the date is an input, not hidden").isEmpty();
        assertThat(page("/api/search.csv?q=cluster&region=ITC1&from=2010-01-01").statusCode()).isEqualTo(200);
        assertThat(html("/?q=zzzzqqqq").select("p.exports")).as("nothing to export").isEmpty();
    }

    @Test
    void a_document_opened_from_a_search_marks_its_words_and_leads_back_to_the_same_results() throws Exception {
        Document results = html("/?q=medical+devices&region=ITC1&sort=date");
        String href = results.selectFirst(".hit-title a").attr("href");
        assertThat(href).startsWith("/doc/").contains("q=medical+devices").contains("region=ITC1");
        Document doc = html(href);
        assertThat(doc.selectFirst("p.back a").text()).isEqualTo("‹ Back to the results");
        assertThat(doc.selectFirst("p.back a").attr("href")).isEqualTo("/?q=medical+devices&region=ITC1&sort=date");
        assertThat(doc.select(".doc-text mark").eachText()).isNotEmpty()
                .allMatch(w -> w.toLowerCase(java.util.Locale.ROOT).startsWith("medical")
                        || w.toLowerCase(java.util.Locale.ROOT).startsWith("device"));
        Document plain = html(href.substring(0, href.indexOf('?')));
        assertThat(plain.selectFirst("p.back a").attr("href")).isEqualTo("/");
        assertThat(plain.select(".doc-text mark")).isEmpty();
    }

    @Test
    void facets_are_a_get_form_of_checkboxes_with_counts_and_hierarchical_regions() throws Exception {
        Document d = html("/?q=cluster");
        Element form = d.getElementById("search-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/");
        Element piedmont = d.getElementById("f-region-ITC1");
        assertThat(piedmont.attr("type")).isEqualTo("checkbox");
        assertThat(piedmont.attr("name")).isEqualTo("region");
        assertThat(piedmont.attr("form")).isEqualTo("search-form");
        assertThat(piedmont.hasAttr("checked")).isFalse();
        // Piedmont sits under Italy in a disclosure
        Element italy = d.getElementById("f-region-IT").closest("li");
        assertThat(italy.selectFirst("details.facet-children summary").text()).contains("sub-region");
        assertThat(italy.select("details.facet-children #f-region-ITC1")).hasSize(1);
        assertThat(d.selectFirst("label[for=f-region-ITC1] .count").ownText()).matches("\\d+");
        assertThat(d.select("#facet-type input[name=type]")).isNotEmpty();
        assertThat(d.select("button.apply[form=search-form]")).hasSize(1);
    }

    @Test
    void ticking_two_regions_ors_them_shows_chips_and_clear_links() throws Exception {
        int piedmont = count("/?region=ITC1");
        int rhoneAlpes = count("/?region=FR71");
        Document both = html("/?region=ITC1&region=FR71");
        int total = Integer.parseInt(both.selectFirst("#results-heading").text().replaceAll(".* of (\\d+).*", "$1"));
        assertThat(total).isGreaterThan(Math.max(piedmont, rhoneAlpes)).isLessThanOrEqualTo(piedmont + rhoneAlpes);
        assertThat(both.getElementById("f-region-ITC1").hasAttr("checked")).isTrue();
        assertThat(both.getElementById("f-region-FR71").hasAttr("checked")).isTrue();
        // multi-select: the region counts ignore the region filter itself
        assertThat(both.selectFirst("label[for=f-region-ITH3] .count").ownText()).isNotEqualTo("0");
        assertThat(both.select(".chips a.chip").eachAttr("href"))
                .containsExactlyInAnyOrder("/?region=FR71", "/?region=ITC1");
        assertThat(both.selectFirst("#facet-region a.clear").attr("href")).isEqualTo("/");
        assertThat(both.selectFirst(".chip-clear").attr("href")).isEqualTo("/");
    }

    static int count(String pathAndQuery) throws Exception {
        String heading = html(pathAndQuery).selectFirst("#results-heading").text();
        return Integer.parseInt(heading.replaceAll(".* of (\\d+).*", "$1"));
    }

    @Test
    void a_region_named_in_the_address_is_ticked_by_its_code() throws Exception {
        Document d = html("/?region=Piemonte");
        assertThat(d.getElementById("f-region-ITC1").hasAttr("checked")).isTrue();
        assertThat(d.selectFirst(".chips a.chip").text()).contains("Region:").contains("Piedmont");
    }

    @Test
    void pages_of_results_link_to_each_other() throws Exception {
        Document first = html("/");
        assertThat(first.selectFirst("#results-heading").text()).isEqualTo("Results 1–10 of " + PageFixtures.DOCUMENTS);
        Element nav = first.selectFirst("nav.pagination");
        assertThat(nav.selectFirst("a[aria-current=page]").text()).contains("1");
        assertThat(nav.selectFirst("a[rel=next]").attr("href")).isEqualTo("/?page=2");
        Document second = html("/?page=2");
        assertThat(second.selectFirst("#results-heading").text())
                .isEqualTo("Results 11–" + PageFixtures.DOCUMENTS + " of " + PageFixtures.DOCUMENTS);
        assertThat(second.selectFirst("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/");
        assertThat(second.selectFirst("ol.hits").attr("start")).isEqualTo("11");
    }

    @Test
    void a_page_past_the_end_says_so_and_links_to_the_last_page() throws Exception {
        Document d = html("/?page=9");
        assertThat(d.selectFirst(".empty").text()).contains("past the end");
        assertThat(d.selectFirst(".empty a").attr("href")).isEqualTo("/?page=2");
    }

    @Test
    void the_sort_select_keeps_its_choice() throws Exception {
        Document d = html("/?q=cluster&sort=-date");
        assertThat(d.selectFirst("#sort option[selected]").attr("value")).isEqualTo("-date");
        assertThat(d.selectFirst("#sort").attr("form")).isEqualTo("search-form");
        List<String> dates = d.select("ol.hits time").eachAttr("datetime");
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void the_year_histogram_is_inline_svg_whose_bars_filter_by_year() throws Exception {
        Document d = html("/");
        Element svg = d.selectFirst("figure.histogram svg");
        assertThat(svg).isNotNull();
        assertThat(svg.select("a").eachAttr("href")).contains("/?year=2012", "/?year=2013", "/?year=2014",
                "/?year=2015");
        Element bar2014 = svg.selectFirst("a[href=/?year=2014]");
        assertThat(bar2014.attr("aria-label")).startsWith("2014: ");
        int count2014 = Integer.parseInt(bar2014.selectFirst(".bar-count").text());
        assertThat(count("/?year=2014")).isEqualTo(count2014);
        // one year chosen: the bars are its months, each filtering to its month, and "all years" goes back
        Document filtered = html("/?year=2014");
        Element months = filtered.selectFirst("figure.histogram svg");
        assertThat(filtered.selectFirst("figure.histogram figcaption").text()).contains("per month of 2014");
        assertThat(months.select("a").eachAttr("href")).isNotEmpty().allMatch(h -> h.matches("/\\?year=2014-\\d\\d"));
        assertThat(filtered.selectFirst("figure.histogram a.all-years").attr("href")).isEqualTo("/");
        int monthTotal = months.select("a .bar-count").eachText().stream().mapToInt(Integer::parseInt).sum();
        assertThat(monthTotal).isEqualTo(count2014);
        String firstMonth = months.selectFirst("a").attr("href");
        Document oneMonth = html(firstMonth);
        assertThat(oneMonth.selectFirst("figure.histogram a.selected").attr("href")).isEqualTo("/?year=2014");
        assertThat(Integer.parseInt(oneMonth.selectFirst("figure.histogram a.selected .bar-count").text()))
                .isEqualTo(count(firstMonth));
    }

    @Test
    void no_results_says_so_and_offers_wider_searches() throws Exception {
        Document d = html("/?q=plastics&region=SI");
        assertThat(d.selectFirst("#results-heading").text()).startsWith("No results");
        Element empty = d.selectFirst(".empty");
        assertThat(empty.selectFirst("h2").text()).contains("Nothing matched").contains("plastics");
        assertThat(empty.select("a").eachAttr("href")).contains("/?q=plastics");
        assertThat(empty.text()).contains("without Region: Slovenia");
    }

    @Test
    void a_misspelt_query_offers_the_corrected_one() throws Exception {
        Document d = html("/?q=mechatronicks&type=news");
        Element dym = d.selectFirst(".did-you-mean a");
        assertThat(dym).as(d.select("#content").text()).isNotNull();
        assertThat(dym.text()).isEqualTo("mechatronics");
        assertThat(dym.attr("href")).isEqualTo("/?q=mechatronics&type=news");
    }

    @Test
    void the_script_titled_fixture_shows_as_text_on_every_page() throws Exception {
        HttpResponse<String> search = page("/?q=Brescia");
        assertThat(search.body()).doesNotContain(PageFixtures.XSS_TITLE).doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document d = Jsoup.parse(search.body());
        assertThat(d.selectFirst(".hit-title a").text()).isEqualTo(PageFixtures.XSS_TITLE);
        assertThat(d.selectFirst(".snippet").text()).contains("<img src=x onerror=alert(2)>");
        assertThat(d.select("script").eachAttr("src")).allMatch(s -> s.startsWith("/assets/"));
        HttpResponse<String> doc = page("/doc/" + idOf("Brescia"));
        assertThat(doc.body()).doesNotContain(PageFixtures.XSS_TITLE);
        assertThat(Jsoup.parse(doc.body()).selectFirst("h1").text()).isEqualTo(PageFixtures.XSS_TITLE);
        assertThat(Jsoup.parse(doc.body()).title()).startsWith(PageFixtures.XSS_TITLE);
    }

    static Stream<String> badInput() {
        return Stream.of("/?size=0", "/?page=abc", "/?from=2014-13-01", "/?sort=up",
                "/?region=Atlantis", "/?from=2015-01-01&to=2014-01-01", "/?q=" + "x".repeat(600),
                "/?lang=%3Cscript%3E", "/?year=14");
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void bad_input_is_a_friendly_400_page_without_a_stack_trace(String pathAndQuery) throws Exception {
        HttpResponse<String> r = page(pathAndQuery);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("[role=alert]").text()).contains("could not be run");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at eu.alpkb").doesNotContain("<script>alert");
        assertThat(d.getElementById("q")).isNotNull();
    }

    @Test
    void the_document_page_shows_metadata_the_reasons_for_its_tags_text_and_related_documents() throws Exception {
        String id = idOf("Piunti");
        Document d = html("/doc/" + id);
        assertThat(d.selectFirst("h1").text()).isEqualTo("Video interview: Marco Piunti, bioPmed");
        assertThat(d.select(".meta dt").eachText()).contains("Date", "Type", "Language", "Source", "Author",
                "Fetched", "Content type", "Archived");
        assertThat(d.selectFirst(".meta time[datetime=2014-07-24]").text()).isEqualTo("24 July 2014");
        Element piedmont = d.selectFirst(".tag-reasons a[href=/?region=ITC1]");
        assertThat(piedmont.text()).isEqualTo("Piedmont");
        assertThat(piedmont.parent().select("q").eachText()).contains("Torino");
        assertThat(d.select(".doc-text p").size()).isGreaterThanOrEqualTo(3);
        assertThat(d.selectFirst(".doc-text").text()).contains("medical device makers");
        assertThat(d.select(".related a")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href"))
                .matches("/doc/[0-9a-f]{16}").isNotEqualTo("/doc/" + id));
    }

    @Test
    void facet_labels_follow_the_requested_language() throws Exception {
        assertThat(html("/?hl=de").selectFirst("label[for=f-region-IT] .facet-label").text()).isEqualTo("Italien");
        assertThat(html("/?hl=it").selectFirst("label[for=f-type-news] .facet-label").text()).isEqualTo("Notizie");
        Document de = html("/?hl=de&region=ITC1");
        assertThat(de.selectFirst(".chips a.chip").attr("href")).isEqualTo("/?hl=de");
    }

    @Test
    void the_interface_speaks_the_language_of_the_url_or_else_of_the_browser() throws Exception {
        Document de = html("/?q=Torino+plastics&hl=de");
        assertThat(de.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(de.selectFirst("label[for=q]").text()).isEqualTo("Im Archiv suchen");
        assertThat(de.selectFirst("button.primary").text()).isEqualTo("Suchen");
        assertThat(de.selectFirst("#results-heading").text()).startsWith("Ergebnisse 1–");
        assertThat(de.selectFirst(".hit time").text()).isEqualTo("14. März 2012");
        assertThat(de.selectFirst(".hit-tags").text()).contains("Regionen: Piemont");
        assertThat(de.selectFirst("label[for=sort]").text()).isEqualTo("Sortieren nach");
        // the choice is kept in the links to the same search in the other languages
        assertThat(de.selectFirst("nav.languages a[aria-current=true]").text()).isEqualTo("Deutsch");
        assertThat(de.select("nav.languages a").eachAttr("href")).contains("/?q=Torino+plastics&hl=fr",
                "/?q=Torino+plastics&hl=sl");
        assertThat(de.selectFirst(".hit-title a").attr("href")).endsWith("&hl=de");

        HttpResponse<String> fr = server.send(server.request("/?q=Torino+plastics").header("Accept", "text/html")
                .header("Accept-Language", "es-ES,fr-CH;q=0.8,en;q=0.5"));
        Document french = Jsoup.parse(fr.body(), server.base());
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst("#results-heading").text()).startsWith("Résultats 1–");
        assertThat(french.selectFirst(".hit time").text()).isEqualTo("14 mars 2012");

        // how the query was read is said in the page's language too; the API keeps English
        assertThat(html("/?q=%22Torino+plastics&hl=de").selectFirst(".query-notice").text())
                .matches("Dokumente mit allen Wörtern: \\d+\\. Danach folgen Dokumente mit einigen der Wörter\\. "
                        + "Als Wörter gesucht: ein einzelnes Anführungszeichen wurde übergangen\\.");
        assertThat(server.json("/api/search?q=%22Torino+plastics&hl=de").get("notice").asText())
                .contains("unmatched quote");

        // so is why a search cannot be run
        HttpResponse<String> refused = page("/?q=x&region=Atlantis&hl=fr");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".notice.error p").text())
                .isEqualTo("région inconnue « Atlantis » ; utilisez un code NUTS comme ITC1 ou un nom de région comme"
                        + " Piémont");
        assertThat(Jsoup.parse(page("/?page=0&hl=de").body()).selectFirst(".notice.error p").text())
                .isEqualTo("page muss zwischen 1 und 1.000 liegen; erhalten: 0");

        Document it = html("/doc/" + idOf("Torino plastics") + "?hl=it");
        assertThat(it.selectFirst("#meta-heading").text()).isEqualTo("Informazioni su questo documento");
        assertThat(it.select(".meta dt").eachText()).contains("Data", "Tipo", "Lingua");
        assertThat(it.selectFirst(".back a").text()).isEqualTo("‹ Cerca nell’archivio");

        HttpResponse<String> missing = page("/doc/0000000000000000?hl=sl");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("Strani ni mogoče najti");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000000000", "not-an-id", "ABCDEF0123456789", "%3Cscript%3E"})
    void an_unknown_document_is_a_404_page(String id) throws Exception {
        HttpResponse<String> r = page("/doc/" + id);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(Jsoup.parse(r.body()).selectFirst("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void unknown_addresses_answer_a_page_to_browsers_and_json_to_programs() throws Exception {
        HttpResponse<String> forBrowser = page("/no/such/page");
        assertThat(forBrowser.statusCode()).isEqualTo(404);
        assertThat(forBrowser.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        HttpResponse<String> forProgram = server.get("/no/such/page");
        assertThat(forProgram.statusCode()).isEqualTo(404);
        assertThat(TestServer.parse(forProgram.body()).get("status").asInt()).isEqualTo(404);
        HttpResponse<String> api = page("/api/documents/0000000000000000");
        assertThat(api.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    }

    @Test
    void assets_are_served_from_the_jar_with_types_and_caching() throws Exception {
        Document d = html("/");
        String css = d.selectFirst("link[rel=stylesheet]").attr("href");
        String js = d.selectFirst("script[src]").attr("src");
        assertThat(css).matches("/assets/site\\.css\\?v=[0-9a-f]{12}");
        HttpResponse<String> r = server.get(css);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/css");
        assertThat(r.headers().firstValue("cache-control").orElse("")).contains("immutable");
        HttpResponse<String> script = server.get(js);
        assertThat(script.headers().firstValue("content-type").orElse("")).startsWith("text/javascript");
        assertThat(script.body()).contains("pushState");
        String etag = script.headers().firstValue("etag").orElseThrow();
        assertThat(server.send(server.request(js).header("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(server.get("/assets/nope.js").statusCode()).isEqualTo(404);
        assertThat(server.get("/assets/..%2Fopenapi.json").statusCode()).isEqualTo(404);
    }

    static Stream<String> everyPage() {
        return Stream.of("/", "/?q=cluster&region=ITC1&region=FR71", "/?q=zzzzqqqq", "/?size=0", "/doc/none",
                "/no/such/page", "/admin");
    }

    @ParameterizedTest
    @MethodSource("everyPage")
    void pages_keep_to_the_content_security_policy_and_have_landmarks(String pathAndQuery) throws Exception {
        HttpResponse<String> r = page(pathAndQuery);
        assertThat(r.headers().firstValue("content-security-policy").orElse("")).contains("default-src 'self'");
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("style")).as("style elements").isEmpty();
        assertThat(d.select("[style]")).as("style attributes").isEmpty();
        for (Element script : d.select("script")) {
            assertThat(script.attr("src")).as("inline script").startsWith("/assets/");
            assertThat(script.data()).isBlank();
        }
        for (Element e : d.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("event handler attribute on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue().toLowerCase()).as("javascript: address").doesNotStartWith("javascript:");
            }
        }
        assertThat(d.select("header")).isNotEmpty();
        assertThat(d.select("main#main")).hasSize(1);
        assertThat(d.select("footer")).isNotEmpty();
        assertThat(d.select("nav")).isNotEmpty();
        assertThat(d.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(d.select("h1")).hasSize(1);
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
        // every form control has a label
        for (Element input : d.select("input:not([type=hidden]), select")) {
            assertThat(d.select("label[for=" + input.id() + "]")).as("label for #%s", input.id()).isNotEmpty();
        }
    }
}
