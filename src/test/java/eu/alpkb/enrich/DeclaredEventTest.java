package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.extract.DeclaredEvent;
import eu.alpkb.extract.DeclaredPerson;
import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event and people a page's markup declares come before what the text patterns read. */
class DeclaredEventTest {
    private static final Enricher ENRICHER = new Enricher(ConfigLoader.load(TestConfigs.PROJECT_CONFIG)
            .vocabularies());

    private static ExtractedDocument doc(DeclaredEvent event, List<DeclaredPerson> people) {
        return new ExtractedDocument("https://example.org/e", null, "Spring meeting of the robotics network",
                "The network met again. The workshop took place on 2 February 2015 in Linz with forty members.", "",
                null, LocalDate.of(2015, 1, 10), "en", "text/html", 0, List.of(), List.of(), List.of(), Map.of(),
                event, people);
    }

    @Test
    void the_declared_dates_place_and_organiser_replace_what_the_text_says() {
        DeclaredEvent declared = new DeclaredEvent("Spring meeting", "2015-03-18", "2015-03-19",
                "Haus der Wirtschaft, Stuttgart, DE", "Steinbeis-Europa-Zentrum", List.of(), DeclaredEvent.JSON_LD);
        Event e = ENRICHER.enrich("e", "s", doc(declared, List.of()), Instant.EPOCH).event();
        assertThat(e.date()).isEqualTo("2015-03-18");
        assertThat(e.end()).isEqualTo("2015-03-19");
        assertThat(e.place()).isEqualTo("DE11");
        assertThat(e.organiser()).isEqualTo("steinbeis-europa-zentrum");
        assertThat(e.name()).isEqualTo("Spring meeting");
        assertThat(e.evidence()).startsWith("JSON-LD Event: Spring meeting");

        // without the markup, the text's own date and place
        Event read = ENRICHER.enrich("e", "s", doc(null, List.of()), Instant.EPOCH).event();
        assertThat(read.date()).isEqualTo("2015-02-02");
        assertThat(read.evidence()).contains("took place");
    }

    @Test
    void a_declared_organiser_outside_the_vocabulary_is_the_organisation_found_from_the_markup() {
        DeclaredEvent declared = new DeclaredEvent("Spring meeting", "2015-03-18", null, "Linz", "Business Upper Austria",
                List.of(), DeclaredEvent.JSON_LD);
        ExtractedDocument page = new ExtractedDocument("https://example.org/e", null, "Spring meeting of the network",
                "The network met again with forty members.", "", null, LocalDate.of(2015, 1, 10), "en", "text/html", 0,
                List.of(), List.of(), List.of(), Map.of("Business Upper Austria", "JSON-LD organizer"), declared,
                List.of());
        EnrichedDocument d = ENRICHER.enrich("e", "s", page, Instant.EPOCH);
        assertThat(d.event().organiser()).isEqualTo("Business Upper Austria");
        assertThat(d.foundOrgs()).extracting(FoundOrganisation::name).contains("Business Upper Austria");
        // a declared organiser the page gives no other sign of is left out rather than named without a page
        ExtractedDocument bare = new ExtractedDocument("https://example.org/e", null, "Spring meeting of the network",
                "The network met again with forty members.", "", null, LocalDate.of(2015, 1, 10), "en", "text/html", 0,
                List.of(), List.of(), List.of(), Map.of(), declared, List.of());
        assertThat(ENRICHER.enrich("e", "s", bare, Instant.EPOCH).event().organiser()).isNull();
    }

    @Test
    void what_the_markup_leaves_out_the_text_gives() {
        DeclaredEvent declared = new DeclaredEvent(null, "2015-03-18", null, null, null, List.of(),
                DeclaredEvent.MICRODATA);
        Event e = ENRICHER.enrich("e", "s", doc(declared, List.of()), Instant.EPOCH).event();
        assertThat(e.date()).isEqualTo("2015-03-18");
        assertThat(e.place()).isEqualTo("AT31"); // Linz, from the text
        assertThat(e.evidence()).startsWith("microdata Event");
    }

    @Test
    void a_declared_speaker_is_a_person_with_the_role_and_organisation_declared() {
        List<Person> people = ENRICHER.people(doc(null, List.of(new DeclaredPerson("Mara Velden",
                "Head of the test lab", "Steinbeis-Europa-Zentrum", DeclaredEvent.JSON_LD))));
        assertThat(people).hasSize(1);
        assertThat(people.get(0).role()).isEqualTo("Head of the test lab, Steinbeis-Europa-Zentrum");
        assertThat(people.get(0).organisation()).isEqualTo("steinbeis-europa-zentrum");
        assertThat(people.get(0).evidence()).startsWith("JSON-LD Person");
    }
}
