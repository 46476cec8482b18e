package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event's organiser may be an organisation the vocabulary does not know: it is then one the page is about. */
class FoundOrganiserTest {
    private static final Enricher ENRICHER = new Enricher(ConfigLoader.load(TestConfigs.PROJECT_CONFIG)
            .vocabularies());

    private static EnrichedDocument enriched(String title, String body) {
        return ENRICHER.enrich("e", "s", new ExtractedDocument("https://example.org/e", null, title, body, "", null,
                LocalDate.of(2024, 2, 1), "en", "text/html", 0, List.of(), List.of(), List.of(), Map.of(), null,
                List.of()), Instant.EPOCH);
    }

    @Test
    void an_organiser_outside_the_vocabulary_is_named_by_the_organisation_found() {
        EnrichedDocument d = enriched("Supply chains for food producers",
                "Food producers and retailers met to discuss regional supply chains. The workshop took place on 12 "
                        + "March 2024 in Linz and was organised by Business Upper Austria. Forty companies attended.");
        assertThat(d.event().organiser()).isEqualTo("Business Upper Austria");
        // organising the page's event makes it an organisation the page is about, whatever the finder's doubt
        assertThat(d.foundOrgs()).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo("Business Upper Austria");
            assertThat(o.confidence()).isGreaterThanOrEqualTo(Enricher.ORGANISER_CONFIDENCE);
        });
    }

    @Test
    void a_short_form_names_the_organiser_by_its_long_name() {
        EnrichedDocument d = enriched("Funding day in Klagenfurt",
                "The Carinthian Innovation Fund (CIF) supports research in companies. Its funding day takes"
                        + " place on 5 June 2024 in Klagenfurt, organised by CIF with the regional banks.");
        assertThat(d.event().organiser()).isEqualTo("Carinthian Innovation Fund");
    }

    @Test
    void an_organiser_the_vocabulary_knows_keeps_its_id() {
        EnrichedDocument d = enriched("Cluster matchmaking in Stuttgart",
                "The matchmaking day took place on 3 April 2024 in Stuttgart and was organised by Steinbeis-Europa-"
                        + "Zentrum with Business Upper Austria.");
        assertThat(d.event().organiser()).isEqualTo("steinbeis-europa-zentrum");
    }

    @Test
    void without_an_organiser_no_name_found_is_made_one() {
        EnrichedDocument d = enriched("Timber construction day",
                "Architects of the Holzbau Netzwerk Tirol met builders. The timber day took place on 9 May 2024 in "
                        + "Innsbruck with forty guests.");
        assertThat(d.event().organiser()).isNull();
    }
}
