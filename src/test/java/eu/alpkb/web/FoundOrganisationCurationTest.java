package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer confirms, merges and rejects the organisations found beyond the vocabulary in {@code entities.yaml}; the
 * next reindex applies it ({@link EntitiesTest} shows them as entities on the bundled archive). An event a page's
 * markup declares is an entity with the markup as its evidence.
 */
class FoundOrganisationCurationTest {
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("opening.html"), page("Orbitwheel GmbH builds a robot lab",
                "The Valley Robotics Cluster (VRC) opened a test lab for service robots. Members of the Valley "
                        + "Robotics Cluster can book it from May. The lab was built by Orbitwheel GmbH, which "
                        + "supplied the conveyors; Orbitwheel GmbH also trains the staff."));
        Files.writeString(site.resolve("visite.html"), page("Il Cluster Robotica di Valle in visita",
                "Il Cluster Robotica di Valle ha visitato tre aziende. Il Cluster Robotica di Valle prepara una "
                        + "fiera per il prossimo anno."));
        Files.writeString(site.resolve("meeting.html"), page("Spring meeting of the members",
                "The members meet to plan the year and to choose the topics of the autumn workshops.")
                .replace("</head>", "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                        + "\"@type\":\"Event\",\"name\":\"Spring meeting\",\"startDate\":\"2016-04-12T10:00\","
                        + "\"location\":{\"@type\":\"Place\",\"name\":\"Town hall\",\"address\":\"Linz\"}}"
                        + "</script></head>"));
        Files.writeString(site.resolve("lakeside.html"), page("Lakeside Sensor Cluster turns ten",
                "The Lakeside Sensor Cluster celebrated its tenth year by the lake. Its president Anna Berger said "
                        + "the members had doubled since the start. The Lakeside Sensor Cluster now has 120 members."));
        Files.writeString(site.resolve("workshop.html"), page("Supply chains for food producers",
                "Food producers and retailers met to discuss regional supply chains. The workshop took place on 12 "
                        + "March 2024 in Linz and was organised by Business Upper Austria. Forty companies attended."));
        Path config = TestConfigs.withSources(tmp, TestConfigs.folderSource("site", site));
        String entities = Files.readString(config.resolve("entities.yaml"));
        Files.writeString(config.resolve("entities.yaml"), entities
                + "\norganisations:\n  - name: Valley Robotics Cluster\n"
                + "    aliases: [Cluster Robotica di Valle]\n    kind: cluster\n"
                + "rejectedOrganisations:\n  - Orbitwheel GmbH\n");
        server = TestServer.start(config, tmp.resolve("data"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void a_reviewer_confirms_merges_and_rejects_found_organisations_in_entities_yaml() throws Exception {
        JsonNode orgs = server.json("/api/entities?kind=org&q=valle&size=100");
        assertThat(orgs.get("entities").findValuesAsText("id")).containsExactly("org:valley-robotics-cluster");
        JsonNode vrc = server.json("/api/entities/org:valley-robotics-cluster");
        assertThat(vrc.get("confirmed").asBoolean()).isTrue();
        assertThat(vrc.get("documents").asInt()).isEqualTo(2); // the Italian spelling is merged into it
        List<String> aliases = new ArrayList<>();
        vrc.get("aliases").forEach(a -> aliases.add(a.asText()));
        assertThat(aliases).contains("VRC");
        assertThat(server.json("/api/entities?kind=org&confirmed=true&q=valley").get("total").asInt())
                .isEqualTo(1);
        // a rejected name is no organisation anywhere
        assertThat(server.json("/api/entities?kind=org&q=orbitwheel").get("total").asInt()).isZero();
        assertThat(server.get("/api/entities/org:orbitwheel").statusCode()).isEqualTo(404);
        // confirmed and rejected names are no longer for review
        JsonNode unreviewed = server.json("/api/entities?confirmed=false&size=100");
        assertThat(unreviewed.get("entities").findValuesAsText("name"))
                .noneMatch(n -> n.contains("Valley") || n.contains("Orbitwheel"));
    }

    @Test
    void an_officer_named_by_a_bare_role_works_for_the_organisation_the_page_is_about() throws Exception {
        JsonNode berger = server.json("/api/entities/person:anna-berger");
        JsonNode worksFor = null;
        for (JsonNode f : berger.get("facts")) {
            if (f.get("name").asText().equals("worksFor")) {
                worksFor = f;
            }
        }
        assertThat(worksFor).as(berger.toString()).isNotNull();
        assertThat(worksFor.get("entity").get("id").asText()).isEqualTo("org:lakeside-sensor-cluster");
        assertThat(worksFor.get("evidence").get("text").asText()).contains("Its president Anna Berger");
        JsonNode cluster = server.json("/api/entities/org:lakeside-sensor-cluster");
        assertThat(cluster.get("facts").findValuesAsText("id")).contains("person:anna-berger");
    }

    @Test
    void an_event_the_markup_declares_has_its_date_and_place_with_the_markup_as_evidence() throws Exception {
        JsonNode e = event("Spring meeting");
        JsonNode date = null;
        JsonNode place = null;
        for (JsonNode f : e.get("facts")) {
            date = f.get("name").asText().equals("date") ? f : date;
            place = f.get("name").asText().equals("heldIn") ? f : place;
        }
        assertThat(date.get("value").asText()).isEqualTo("2016-04-12");
        assertThat(date.get("evidence").get("how").asText()).isEqualTo("markup");
        assertThat(date.get("evidence").get("text").asText()).startsWith("JSON-LD Event: Spring meeting");
        assertThat(place.get("entity").get("id").asText()).isEqualTo("place:AT31");
    }

    @Test
    void an_event_organised_by_an_organisation_outside_the_vocabulary_links_to_its_page() throws Exception {
        JsonNode e = event("Supply chains for food producers");
        JsonNode organiser = null;
        for (JsonNode f : e.get("facts")) {
            organiser = f.get("name").asText().equals("organisedBy") ? f : organiser;
        }
        assertThat(organiser).as(e.toString()).isNotNull();
        assertThat(organiser.get("entity").get("id").asText()).isEqualTo("org:business-upper-austria");
        assertThat(organiser.get("evidence").get("text").asText()).contains("organised by Business Upper Austria");
        JsonNode org = server.json("/api/entities/org:business-upper-austria");
        assertThat(org.get("name").asText()).isEqualTo("Business Upper Austria");
        assertThat(org.get("documents").asInt()).isEqualTo(1);
    }

    @Test
    void the_events_of_one_organiser_are_listed_whether_the_vocabulary_knows_it_or_the_texts_name_it()
            throws Exception {
        JsonNode all = server.json("/api/events?size=10");
        JsonNode organised = server.json("/api/events?organiser=org:business-upper-austria");
        assertThat(organised.get("total").asInt()).as(all.toString()).isEqualTo(1);
        JsonNode event = organised.get("events").get(0);
        assertThat(event.get("document").get("title").asText()).isEqualTo("Supply chains for food producers");
        assertThat(event.get("organiser").get("id").asText()).isEqualTo("org:business-upper-austria");
        assertThat(event.get("organiser").get("name").asText()).isEqualTo("Business Upper Austria");
        // the markup's meeting has no organiser: it is among all events, not this organiser's
        assertThat(all.get("total").asInt()).isEqualTo(2);
        // a vocabulary organisation that organises none of them, and ids of nothing the archive knows
        assertThat(server.json("/api/events?organiser=org:plastipolis").get("total").asInt()).isZero();
        for (String unknown : List.of("org:no-such-body", "person:anna-berger", "plastipolis", "org:")) {
            var answer = server.get("/api/events?organiser=" + java.net.URLEncoder.encode(unknown,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(unknown).isEqualTo(400);
            assertThat(answer.body()).as(unknown).contains("organiser");
        }
        // the calendar and the page follow the same filter; the organiser's page links to its events
        String ics = server.get("/api/events.ics?organiser=org:business-upper-austria").body();
        assertThat(ics).contains("Supply chains for food producers").doesNotContain("Spring meeting");
        String page = server.get("/events?organiser=org:business-upper-austria&hl=en").body();
        assertThat(page).contains("Organised by Business Upper Austria").contains("Supply chains for food producers")
                .doesNotContain("Spring meeting");
        assertThat(server.get("/events?organiser=org:no-such-body").statusCode()).isEqualTo(400);
        // the page offers the organisers of the events it lists, with how many each organises
        assertThat(server.get("/events?hl=en").body())
                .contains("<option value=\"org:business-upper-austria\"")
                .contains("Business Upper Austria (1)");
        assertThat(server.get("/entity/org:business-upper-austria?hl=en").body())
                .contains("/events?organiser=org%3Abusiness-upper-austria");
    }

    /** @return the event entity whose name, or whose document's title, is {@code name} */
    private static JsonNode event(String name) throws Exception {
        JsonNode events = server.json("/api/events?size=10");
        assertThat(events.get("total").asInt()).isEqualTo(2);
        for (JsonNode listed : events.get("events")) {
            JsonNode e = server.json("/api/entities/event:" + listed.get("document").get("id").asText());
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no event " + name + " in " + events);
    }

    private static String page(String title, String text) {
        return "<!doctype html><html lang=\"en\"><head><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1><p>" + text + "</p></article></body></html>";
    }
}
