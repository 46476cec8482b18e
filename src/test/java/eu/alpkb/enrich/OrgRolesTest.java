package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An organisation tag means what a document is about; organisations only named in passing are mentions. */
class OrgRolesTest {
    static Enricher enricher;

    @BeforeAll
    static void load() throws Exception {
        enricher = new Enricher(ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies());
    }

    static EnrichedDocument enrich(String title, String text) {
        ExtractedDocument doc = new ExtractedDocument("https://example.org/item", null, title, text, "", null,
                null, "en", "text/html", 0, List.of(), List.of());
        return enricher.enrich("x", "test", doc, Instant.EPOCH);
    }

    static List<String> ids(List<Tag> tags) {
        return tags.stream().map(Tag::id).toList();
    }

    @Test
    void the_partners_of_a_list_are_mentions_and_the_lead_partner_is_what_the_record_is_about() {
        EnrichedDocument e = enrich("A project on cluster networks", "The project ran for fifteen months.\n\n"
                + "Partners\n\nRegione del Veneto, Venice (lead partner)\n\nVeneto Innovazione, Venice\n\n"
                + "Regione Piemonte, Torino\n\nPlastipolis, Oyonnax\n");
        assertThat(ids(e.orgs())).containsExactly("regione-del-veneto");
        assertThat(ids(e.orgMentions())).containsExactlyInAnyOrder("veneto-innovazione", "regione-piemonte",
                "plastipolis");
    }

    @Test
    void a_run_of_names_in_a_sentence_is_a_list_of_mentions() {
        EnrichedDocument e = enrich("Plastipolis looks abroad", "Plastipolis, the plastics cluster of Oyonnax, wants"
                + " its members to sell abroad. It met Clusterland Oberösterreich, Steinbeis-Europa-Zentrum and"
                + " Regione Piemonte at a workshop last year, and Plastipolis will go on with the work.");
        assertThat(ids(e.orgs())).containsExactly("plastipolis");
        assertThat(ids(e.orgMentions())).containsExactlyInAnyOrder("clusterland-oberosterreich",
                "steinbeis-europa-zentrum", "regione-piemonte");
    }

    @Test
    void the_organiser_named_after_organised_by_is_about_and_whose_unit_it_is_is_a_mention() {
        EnrichedDocument e = enrich("A cluster conference in Brussels", "The conference takes place in Brussels on"
                + " 20 October. It is organised by the European Commission's DG Enterprise and Industry and brings"
                + " together cluster managers from every region of Europe to discuss cluster policy.");
        assertThat(ids(e.orgs())).containsExactly("dg-enterprise");
        assertThat(ids(e.orgMentions())).containsExactly("european-commission");
    }

    @Test
    void who_held_the_meeting_where_an_interview_was_recorded_is_a_mention() {
        EnrichedDocument e = enrich("bioPmed and the markets abroad", "bioPmed helps its members reach markets"
                + " abroad, from regulation to distribution, and bioPmed shares what its members learn.\n\n"
                + "The interview was recorded in Torino during a meeting organised by Regione Piemonte.");
        assertThat(ids(e.orgs())).containsExactly("biopmed");
        assertThat(ids(e.orgMentions())).containsExactly("regione-piemonte");
    }

    @Test
    void an_organisation_that_presents_the_results_is_about() {
        EnrichedDocument e = enrich("Final conference in Salzburg", "About seventy participants came to the final"
                + " conference of the project in Salzburg, where the draft recommendations were discussed at length"
                + " by the partners and by the guests of the regions, and where the next steps were agreed upon by"
                + " everyone in the room after a long and lively discussion about what the regions need most.\n\n"
                + "Veneto Innovazione then presented the results of the participatory process.");
        assertThat(ids(e.orgs())).containsExactly("veneto-innovazione");
    }
}
