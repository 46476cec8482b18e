package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.TestServer;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.SearchRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge base of the bundled archive through the API and its pages. */
class EntitiesTest {
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.archive(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void found_organisations_are_gathered_from_exactly_the_documents_that_have_them_oldest_first() {
        SearchIndex index = server.services.reader();
        List<String> expected = new ArrayList<>();
        index.export(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.DATE_ASC, 1, 1, "en"), d -> {
            if (!d.foundOrgs().isEmpty()) {
                expected.add(d.id());
            }
        });
        List<String> gathered = new ArrayList<>();
        long written = index.exportWithFoundOrganisations(d -> gathered.add(d.id()));
        assertThat(expected).isNotEmpty();
        assertThat(written).isEqualTo(expected.size());
        assertThat(gathered).isEqualTo(expected);
    }

    @Test
    void entities_are_listed_most_documented_first_with_counts_that_match_a_filtered_search() throws Exception {
        JsonNode orgs = server.json("/api/entities?kind=org&size=100");
        assertThat(orgs.get("total").asInt()).isGreaterThan(30);
        List<Integer> counts = new ArrayList<>();
        orgs.get("entities").forEach(e -> counts.add(e.get("documents").asInt()));
        assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
        JsonNode first = orgs.get("entities").get(0);
        assertThat(first.get("id").asText()).startsWith("org:");
        String key = first.get("id").asText().substring(4);
        assertThat(server.json("/api/search?org=" + key).get("total").asInt())
                .isEqualTo(first.get("documents").asInt());

        // every kind but events in one list; a name in any of its languages finds a place
        JsonNode all = server.json("/api/entities?size=100");
        assertThat(all.get("entities").findValuesAsText("kind")).contains("org", "project", "place", "sector",
                "person").doesNotContain("event");
        JsonNode piemonte = server.json("/api/entities?kind=place&q=Piemonte");
        assertThat(piemonte.get("entities").findValuesAsText("id")).contains("place:ITC1");
        JsonNode events = server.json("/api/entities?kind=event&size=5");
        assertThat(events.get("total").asInt()).isGreaterThan(10);
        assertThat(events.get("entities").get(0).get("id").asText()).startsWith("event:");
    }

    @Test
    void an_organisation_has_its_facts_with_evidence_its_people_and_what_it_appears_with() throws Exception {
        JsonNode p = server.json("/api/entities/org:plastipolis");
        assertThat(p.get("name").asText()).isEqualTo("Plastipolis");
        assertThat(p.get("confirmed").asBoolean()).isTrue();
        assertThat(p.get("documents").asInt()).isEqualTo(server.json("/api/search?org=plastipolis").get("total")
                .asInt());
        assertThat(fact(p, "basedIn").get("entity").get("id").asText()).isEqualTo("place:FR71");
        assertThat(fact(p, "partnerOf").get("entity").get("id").asText()).isEqualTo("project:alpclusters2020");
        assertThat(fact(p, "basedIn").get("evidence").get("how").asText()).isEqualTo("vocabulary");
        // the general manager, found in the texts, with the sentence and the document that say so
        JsonNode person = null;
        for (JsonNode f : p.get("facts")) {
            if (f.get("name").asText().equals("person") && f.get("entity").get("id").asText()
                    .equals("person:patrick-vuillermoz")) {
                person = f;
            }
        }
        assertThat(person).isNotNull();
        assertThat(person.get("entity").get("id").asText()).isEqualTo("person:patrick-vuillermoz");
        assertThat(person.get("evidence").get("how").asText()).isEqualTo("pattern");
        assertThat(person.get("evidence").get("text").asText()).contains("Patrick Vuillermoz");
        assertThat(person.get("evidence").get("documentId").asText()).matches("[0-9a-f]{16}");
        // appears with the other partners, counted over its documents, never with itself
        JsonNode orgs = p.get("appearsWith").get("org");
        assertThat(orgs.findValuesAsText("id")).contains("org:clusterland-oberosterreich")
                .doesNotContain("org:plastipolis");
        int both = server.json("/api/search?org=plastipolis&org=clusterland-oberosterreich").get("total").asInt();
        assertThat(orgs.get(0).get("documents").asInt()).isPositive();
        assertThat(p.get("timeline").size()).isEqualTo(p.get("documents").asInt());
        assertThat(p.get("years").size()).isPositive();
        assertThat(both).isPositive();
    }

    @Test
    void an_organisation_lists_the_documents_that_only_mention_it_apart_from_those_about_it() throws Exception {
        // every AlpClusters2020 record lists its partners: those pages mention Plastipolis without being about it
        JsonNode p = server.json("/api/entities/org:plastipolis");
        int mentioned = p.get("mentionedIn").asInt();
        assertThat(mentioned).isPositive();
        assertThat(p.get("mentions").size()).isEqualTo(Math.min(mentioned, 100));
        List<String> about = p.get("timeline").findValuesAsText("documentId");
        List<String> mentions = p.get("mentions").findValuesAsText("documentId");
        assertThat(mentions).doesNotContainAnyElementsOf(about);
        // each of them carries the organisation among its mentions, not among its organisation tags
        String id = mentions.get(0);
        JsonNode doc = server.json("/api/documents/" + id);
        List<String> orgs = new ArrayList<>();
        doc.get("orgs").forEach(o -> orgs.add(o.asText()));
        assertThat(orgs).doesNotContain("plastipolis");
        assertThat(doc.get("orgMentions").findValuesAsText("id")).contains("plastipolis");
        // the organisation filter never counts a mention
        assertThat(server.json("/api/search?org=plastipolis").get("total").asInt())
                .isEqualTo(p.get("documents").asInt());
        Document page = Jsoup.parse(html("/entity/org:plastipolis?hl=en").body());
        assertThat(page.select("#mentions-heading").text()).isEqualTo("Named in passing");
        assertThat(page.select("section[aria-labelledby=mentions-heading] a[href=/doc/" + id + "]")).isNotEmpty();
        Document docPage = Jsoup.parse(html("/doc/" + id + "?hl=en").body());
        assertThat(docPage.text()).contains("Organisations named in passing");
    }

    @Test
    void a_person_found_in_the_texts_has_a_page_with_the_roles_and_the_organisation_the_texts_give() throws Exception {
        JsonNode list = server.json("/api/entities?kind=person&q=vuillermoz");
        assertThat(list.get("entities").findValuesAsText("id")).containsExactly("person:patrick-vuillermoz");
        JsonNode p = server.json("/api/entities/person:patrick-vuillermoz");
        assertThat(p.get("name").asText()).isEqualTo("Patrick Vuillermoz");
        assertThat(p.get("kind").asText()).isEqualTo("person");
        JsonNode works = fact(p, "worksFor");
        assertThat(works.get("entity").get("id").asText()).isEqualTo("org:plastipolis");
        assertThat(works.get("value").asText()).containsIgnoringCase("manager");
        assertThat(p.get("documents").asInt()).isEqualTo(server.json("/api/search?person="
                + java.net.URLEncoder.encode("Patrick Vuillermoz", java.nio.charset.StandardCharsets.UTF_8))
                .get("total").asInt()).isPositive();
    }

    @Test
    void a_place_lists_its_parts_the_organisations_based_there_and_the_events_held_there() throws Exception {
        JsonNode at = server.json("/api/entities/place:AT?hl=de");
        assertThat(at.get("name").asText()).isEqualTo("Österreich");
        assertThat(facts(at, "part")).contains("place:AT31");
        assertThat(facts(at, "basedHere")).contains("org:clusterland-oberosterreich");
        JsonNode events = server.json("/api/events?place=AT&size=100");
        assertThat(at.get("events").size()).isEqualTo(events.get("total").asInt()).isPositive();
    }

    @Test
    void a_project_names_its_lead_and_partners_and_an_event_its_date_and_place() throws Exception {
        JsonNode p = server.json("/api/entities/project:alpclusters2020");
        assertThat(facts(p, "lead")).containsExactly("org:regione-del-veneto");
        assertThat(facts(p, "partner")).hasSize(6).contains("org:plastipolis", "org:pst-fr");
        assertThat(fact(p, "start").get("value").asText()).isEqualTo("2013-08-31");
        JsonNode firstEvent = server.json("/api/events?size=1&order=asc").get("events").get(0);
        JsonNode e = server.json("/api/entities/event:" + firstEvent.get("document").get("id").asText());
        assertThat(fact(e, "date").get("value").asText()).isEqualTo(firstEvent.get("date").asText());
        assertThat(fact(e, "date").get("evidence").get("text").asText()).isNotBlank();
        // events the texts say someone organised name the organiser, linked to its page
        // (an organisation, or a project that holds its own event)
        int organised = 0;
        int byProject = 0;
        for (JsonNode ref : server.json("/api/entities?kind=event&size=100").get("entities")) {
            JsonNode event = server.json("/api/entities/" + ref.get("id").asText());
            if (!facts(event, "organisedBy").isEmpty()) {
                assertThat(facts(event, "organisedBy").get(0)).matches("(org|project):.+");
                organised++;
                byProject += facts(event, "organisedBy").get(0).startsWith("project:") ? 1 : 0;
            }
        }
        assertThat(organised).isGreaterThan(5);
        assertThat(byProject).isPositive();
    }

    @Test
    void unknown_ids_and_kinds_are_clear_errors() throws Exception {
        for (String id : List.of("org:no-such-org", "person:nobody-at-all", "nothing", "planet:mars", "event:00")) {
            HttpResponse<String> r = server.get("/api/entities/" + id);
            assertThat(r.statusCode()).as(id).isEqualTo(404);
            assertThat(r.body()).contains("\"error\"");
        }
        HttpResponse<String> kind = server.get("/api/entities?kind=planet");
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("unknown kind");
        HttpResponse<String> page = html("/entity/org:no-such-org");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html");
    }

    @Test
    void the_entity_page_shows_facts_evidence_timeline_and_a_search_within_it_in_the_asked_language()
            throws Exception {
        HttpResponse<String> r = html("/entity/org:plastipolis?hl=fr");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("h1").text()).isEqualTo("Plastipolis");
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.text()).contains("Basé à", "Rhône-Alpes", "Apparaît avec");
        assertThat(page.select("a[href=/entity/place:FR71]")).isNotEmpty();
        assertThat(page.select("ul.timeline li a[href^=/doc/]")).hasSizeGreaterThan(5);
        assertThat(page.select("q.quote").text()).contains("Patrick Vuillermoz");
        assertThat(page.select("form.entity-search input[type=hidden][name=org]").attr("value"))
                .isEqualTo("plastipolis");
        // document pages link their tags to the entities' pages
        String docId = server.json("/api/search?org=plastipolis&size=1").get("hits").get(0).get("id").asText();
        Document doc = Jsoup.parse(html("/doc/" + docId).body());
        assertThat(doc.select("a.entity-link[href=/entity/org:plastipolis]")).isNotEmpty();
    }

    @Test
    void a_query_that_names_an_entity_shows_its_card_and_facet_values_link_to_their_pages() throws Exception {
        Document page = Jsoup.parse(html("/?q=Plastipolis&hl=de").body());
        assertThat(page.select("aside.entity-card h2 a").attr("href")).isEqualTo("/entity/org:plastipolis");
        assertThat(page.select("aside.entity-card").text()).contains("Organisation", "Sitz in", "Rhône-Alpes");
        // a region named in another language names the same entity
        Document piemonte = Jsoup.parse(html("/?q=Piemont").body());
        assertThat(piemonte.select("aside.entity-card h2 a").attr("href")).isEqualTo("/entity/place:ITC1");
        // a person named by the search's own facets
        Document person = Jsoup.parse(html("/?q=patrick+vuillermoz").body());
        assertThat(person.select("aside.entity-card h2 a").attr("href"))
                .isEqualTo("/entity/person:patrick-vuillermoz");
        // a confirmed person gets one card, with the organisation entities.yaml gives
        Document petra = Jsoup.parse(html("/?q=Petra+P%C3%BCchner").body());
        assertThat(petra.select("aside.entity-card")).hasSize(1);
        assertThat(petra.select("aside.entity-card h2 a").attr("href")).isEqualTo("/entity/person:petra-puchner");
        assertThat(petra.select("aside.entity-card").text()).contains("Steinbeis-Europa-Zentrum");
        // words that name nothing get no card
        assertThat(Jsoup.parse(html("/?q=cluster+internationalisation").body()).select("aside.entity-card"))
                .isEmpty();
        Document browse = Jsoup.parse(html("/").body());
        assertThat(browse.select("#facet-org a.entity-link[href=/entity/org:plastipolis]")).isNotEmpty();
        assertThat(browse.select("#facet-type a.entity-link")).isEmpty();
        // every linked page exists
        for (String href : browse.select("#facet-person a.entity-link").eachAttr("href")) {
            assertThat(html(href).statusCode()).as(href).isEqualTo(200);
        }
    }

    @Test
    void an_organisation_found_on_a_bundled_page_is_an_entity_with_its_evidence_and_confidence() throws Exception {
        String docId = server.json("/api/search?q=%22Emily+Wise%22").get("hits").get(0).get("id").asText();

        JsonNode list = server.json("/api/entities?kind=organisation&q=lund");
        assertThat(list.get("entities").findValuesAsText("id")).contains("org:lund-university");
        JsonNode unconfirmed = server.json("/api/entities?kind=org&confirmed=false&size=100");
        assertThat(unconfirmed.get("entities").findValuesAsText("id")).contains("org:lund-university")
                .doesNotContain("org:plastipolis");

        JsonNode lund = server.json("/api/entities/org:lund-university");
        assertThat(lund.get("name").asText()).isEqualTo("Lund University");
        assertThat(lund.get("kind").asText()).isEqualTo("org");
        assertThat(lund.get("confirmed").asBoolean()).isFalse();
        assertThat(lund.get("confidence").asDouble()).isBetween(0.65, 1.0);
        assertThat(lund.get("documents").asInt()).isPositive();
        JsonNode found = null;
        for (JsonNode f : lund.get("facts")) {
            if (f.get("name").asText().equals("foundAs")
                    && f.get("evidence").get("documentId").asText().equals(docId)) {
                found = f;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("evidence").get("how").asText()).isEqualTo("pattern");
        assertThat(found.get("evidence").get("text").asText()).contains("Lund University");
        assertThat(found.get("evidence").get("confidence").asDouble()).isBetween(0.65, 1.0);
        assertThat(lund.get("timeline").findValuesAsText("documentId")).contains(docId);
        // the person whose role names it works for it, on both pages
        assertThat(fact(lund, "person").get("entity").get("id").asText()).isEqualTo("person:emily-wise");
        JsonNode wise = server.json("/api/entities/person:emily-wise");
        assertThat(fact(wise, "worksFor").get("entity").get("id").asText()).isEqualTo("org:lund-university");
        assertThat(lund.get("appearsWith").size()).isPositive();

        HttpResponse<String> r = server.get("/entity/org:lund-university?hl=en");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("h1").text()).isEqualTo("Lund University");
        assertThat(page.select("p.entity-kind").text()).contains("not yet confirmed", "confidence");
        assertThat(page.select("q.quote").text()).contains("Lund University");
        assertThat(page.select("a[href=/doc/" + docId + "]")).isNotEmpty();
        assertThat(page.select("form.entity-search")).isEmpty(); // no facet value to search within
        // the document page links the organisation to its page
        Document doc = Jsoup.parse(server.get("/doc/" + docId).body());
        assertThat(doc.select("a.entity-link[href=/entity/org:lund-university]")).isNotEmpty();
    }

    @Test
    void a_query_that_names_an_organisation_found_in_the_texts_shows_its_card_with_its_kind_and_people()
            throws Exception {
        Document page = Jsoup.parse(html("/?q=Lund+University&hl=it").body());
        assertThat(page.select("aside.entity-card")).hasSize(1);
        assertThat(page.select("aside.entity-card h2 a").attr("href")).isEqualTo("/entity/org:lund-university");
        assertThat(page.select("aside.entity-card h2").text()).contains("Lund University");
        // its kind in the page's language, and the person whose role names it, linked to her page
        assertThat(page.select("aside.entity-card").text()).contains("università", "Emily Wise");
        assertThat(page.select("aside.entity-card a[href=/entity/person:emily-wise]")).isNotEmpty();
        // any case and accents name it; the card's links lead to pages that exist
        assertThat(Jsoup.parse(html("/?q=lund+university").body()).select("aside.entity-card h2 a").attr("href"))
                .isEqualTo("/entity/org:lund-university");
        for (String href : page.select("aside.entity-card a").eachAttr("href")) {
            assertThat(server.get(href).statusCode()).as(href).isEqualTo(200);
        }
        // part of its name is no name of it
        assertThat(Jsoup.parse(html("/?q=Lund").body()).select("aside.entity-card")).isEmpty();
    }

    @Test
    void found_people_are_listed_apart_from_the_confirmed_ones_for_review() throws Exception {
        JsonNode found = server.json("/api/entities?kind=person&confirmed=false&size=100");
        JsonNode confirmed = server.json("/api/entities?kind=person&confirmed=true&size=100");
        JsonNode all = server.json("/api/entities?kind=person&size=100");
        assertThat(found.get("total").asInt() + confirmed.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(confirmed.get("entities").findValuesAsText("id")).contains("person:petra-puchner");
        assertThat(found.get("entities").findValuesAsText("id")).doesNotContain("person:petra-puchner");
        // a name rejected in entities.yaml is no person, and spellings merged there are one
        assertThat(all.get("entities").findValuesAsText("name")).noneMatch(n -> n.contains("Gmb"));
    }

    @Test
    void the_admin_page_lists_the_people_and_organisations_found_and_not_reviewed_with_their_sentence()
            throws Exception {
        Document d = Jsoup.parse(signedIn().body());
        var rows = d.select("table.review tbody tr");
        JsonNode people = server.json("/api/entities?kind=person&confirmed=false&size=" + AdminPage.UNREVIEWED);
        JsonNode orgs = server.json("/api/entities?kind=org&confirmed=false&size=" + AdminPage.UNREVIEWED);
        List<JsonNode> found = new ArrayList<>();
        people.get("entities").forEach(found::add);
        orgs.get("entities").forEach(found::add);
        found.sort((a, b) -> b.get("documents").asInt() - a.get("documents").asInt());
        assertThat(rows).hasSize(Math.min(AdminPage.UNREVIEWED, found.size())).hasSizeGreaterThan(5);
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String href = rows.get(i).selectFirst("a").attr("href");
            JsonNode entity = found.stream().filter(e -> ("/entity/" + e.get("id").asText()).equals(href)).findFirst()
                    .orElseThrow(() -> new AssertionError("not unreviewed: " + href));
            String name = entity.get("name").asText();
            kinds.add(entity.get("kind").asText());
            assertThat(rows.get(i).selectFirst("td.num").text()).isEqualTo(entity.get("documents").asText());
            // most documented first, whatever the kind
            assertThat(entity.get("documents").asInt()).isEqualTo(found.get(i).get("documents").asInt());
            String last = name.replaceAll("\\s*\\(.*\\)$", "");
            assertThat(rows.get(i).select("q").text()).as(name).contains(last.substring(last.lastIndexOf(' ') + 1));
            assertThat(rows.get(i).select("a[href^=/doc/]")).as(name).isNotEmpty();
        }
        assertThat(kinds).contains("person", "org");
        assertThat(d.select("table.review").text()).doesNotContain("Petra Püchner"); // confirmed in entities.yaml
    }

    @Test
    void completions_offer_people_and_sectors_with_the_entity_each_names() throws Exception {
        for (int i = 0; i < 200 && server.json("/api/suggest?q=Vuiller").size() == 0; i++) {
            Thread.sleep(50); // the completions are built in the background once the index is there
        }
        JsonNode person = first(server.json("/api/suggest?q=Vuiller"), "person");
        assertThat(person.get("id").asText()).isEqualTo("Patrick Vuillermoz");
        assertThat(person.get("entity").asText()).isEqualTo("person:patrick-vuillermoz");
        JsonNode sector = first(server.json("/api/suggest?q=Kunststoff"), "sector");
        assertThat(sector.get("id").asText()).isEqualTo("plastics");
        assertThat(sector.get("entity").asText()).isEqualTo("sector:plastics");
        JsonNode org = first(server.json("/api/suggest?q=plastip"), "org");
        assertThat(org.get("entity").asText()).isEqualTo("org:plastipolis");
        JsonNode region = first(server.json("/api/suggest?q=Piem"), "region");
        assertThat(region.get("entity").asText()).isEqualTo("place:ITC1");
        // every entity a completion names has its page, and its filter finds its documents
        assertThat(server.json("/api/entities/" + person.get("entity").asText()).get("documents").asInt())
                .isEqualTo(server.json("/api/search?person=" + java.net.URLEncoder.encode(person.get("id").asText(),
                        java.nio.charset.StandardCharsets.UTF_8)).get("total").asInt()).isPositive();
    }

    private static JsonNode first(JsonNode suggestions, String type) {
        for (JsonNode s : suggestions) {
            if (s.get("type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no " + type + " among " + suggestions);
    }

    @Test
    void the_front_page_shows_the_projects_the_events_along_the_years_and_who_the_archive_is_about()
            throws Exception {
        Document home = Jsoup.parse(html("/?hl=it").body());
        var section = home.selectFirst("section.home");
        assertThat(section).isNotNull();
        assertThat(section.select(".entity-card h3 a").first().attr("href")).isEqualTo("/entity/project:alpclusters2020");
        assertThat(section.select(".entity-card").first().text()).contains("Capofila", "Regione del Veneto");
        int events = server.json("/api/events?size=100").get("total").asInt();
        assertThat(section.select("figure.event-line circle")).hasSize(events);
        assertThat(section.select("figure.event-line svg a").first().attr("href")).startsWith("/entity/event:");
        assertThat(section.select(".home-lists a[href^=/entity/org:]")).hasSize(8);
        assertThat(section.select(".home-lists a[href^=/entity/place:]")).isNotEmpty()
                .allMatch(a -> a.attr("href").length() > "/entity/place:XX".length()); // regions, not countries
        assertThat(section.select(".home-lists a[href^=/entity/person:]")).isNotEmpty();
        // the newest documents follow, as before
        assertThat(home.select("ol.hits li, .hit")).isNotEmpty();
        // a search or a filter shows its results without the front door
        assertThat(Jsoup.parse(html("/?q=cluster").body()).select("section.home")).isEmpty();
        assertThat(Jsoup.parse(html("/?type=interview").body()).select("section.home")).isEmpty();
    }

    /** Signs in with the admin token as a browser does, and answers the dashboard. */
    private static HttpResponse<String> signedIn() throws Exception {
        HttpResponse<String> form = server.get("/admin");
        String cookie = form.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(AdminSessions.COOKIE + "=")).findFirst().orElseThrow();
        cookie = cookie.substring(0, cookie.indexOf(';'));
        String csrf = Jsoup.parse(form.body()).selectFirst("input[name=csrf]").attr("value");
        HttpResponse<String> login = server.send(server.request("/admin/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&token=" + TestServer.TOKEN)));
        assertThat(login.statusCode()).isEqualTo(303);
        String session = login.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(AdminSessions.COOKIE + "=")).findFirst().orElseThrow();
        return server.send(server.request("/admin").header("Cookie", session.substring(0, session.indexOf(';'))));
    }

    private static HttpResponse<String> html(String path) throws Exception {
        return server.send(server.request(path).header("Accept", "text/html"));
    }

    private static JsonNode fact(JsonNode entity, String name) {
        for (JsonNode f : entity.get("facts")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no fact " + name + " in " + entity.get("facts"));
    }

    private static List<String> facts(JsonNode entity, String name) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : entity.get("facts")) {
            if (f.get("name").asText().equals(name)) {
                ids.add(f.get("entity").get("id").asText());
            }
        }
        return ids;
    }
}
