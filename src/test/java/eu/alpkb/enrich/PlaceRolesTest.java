package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A region tag means what a document is about; places only named in passing are mentions. */
class PlaceRolesTest {
    static Enricher enricher;

    @BeforeAll
    static void load() throws Exception {
        enricher = new Enricher(ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies());
    }

    static EnrichedDocument enrich(String title, String text, LocalDate published) {
        ExtractedDocument doc = new ExtractedDocument("https://example.org/item", null, title, text, "", null,
                published, "en", "text/html", 0, List.of(), List.of());
        return enricher.enrich("x", "test", doc, Instant.EPOCH);
    }

    static List<String> ids(List<Tag> tags) {
        return tags.stream().map(Tag::id).toList();
    }

    @Test
    void a_dateline_place_is_a_mention_not_a_region() {
        // the dateline and the subject stand side by side in the lead, so only the dateline's shape tells them apart
        EnrichedDocument e = enrich("A new platform for clean technologies",
                "Munich, 16 April 2012 - The Basque Country presents a platform for its clean technology firms.", null);
        assertThat(ids(e.regions())).containsExactly("ES21");
        assertThat(ids(e.mentions())).containsExactly("DE21");
    }

    @Test
    void a_slovenian_town_in_another_case_is_the_town() {
        EnrichedDocument e = enrich("Srečanje lesarjev v Mariboru",
                "Srečanje lesarskega grozda bo potekalo 20. novembra 2025 v Mariboru. Podjetja iz okolice "
                        + "Maribora bodo predstavila nove izdelke.", null);
        assertThat(ids(e.regions())).containsExactly("SI01");
        assertThat(e.event()).isNotNull();
        assertThat(e.event().place()).isEqualTo("SI01");
    }

    @Test
    void an_address_is_a_mention_not_a_region() {
        EnrichedDocument e = enrich("Mechatronics firms share a test lab",
                "Mechatronics firms of Lombardy now share a test lab.\n"
                        + "Contact: Cluster office, Via Nizza 12, 10125 Torino, Tel. +39 011 000000", null);
        assertThat(ids(e.regions())).containsExactly("ITC4");
        assertThat(ids(e.mentions())).containsExactly("ITC1");
    }

    @Test
    void a_partner_list_gives_mentions_and_the_lead_partner_the_region() {
        EnrichedDocument e = enrich("A new project for furniture makers",
                "The project is run from Udine, where the furniture cluster of Friuli Venezia Giulia has its seat. "
                        + "The furniture makers of Friuli want to share machines and buyers.\n"
                        + "Partners come from Bavaria, Lombardy, Carinthia and Slovenia.", null);
        assertThat(ids(e.regions())).containsExactly("ITH4");
        assertThat(ids(e.mentions())).contains("DE2", "ITC4", "AT21", "SI");
        assertThat(e.mentions()).allSatisfy(t -> assertThat(t.evidence()).isNotEmpty());
    }

    @Test
    void a_comparison_names_a_place_in_passing() {
        EnrichedDocument e = enrich("Piedmont's robot makers export more",
                "Robot makers in Piedmont exported a fifth more than a year before, behind only Bavaria in the "
                        + "ranking of European regions. Turin remains their centre.", null);
        assertThat(ids(e.regions())).containsExactly("ITC1");
        assertThat(ids(e.mentions())).containsExactly("DE2");
    }

    @Test
    void an_announced_event_keeps_its_own_date_and_place() {
        EnrichedDocument e = enrich("Plastics clusters meet again",
                "The plastics clusters of the Alps will meet once more. The conference will take place in Lyon "
                        + "on 12 May 2021; registration is open until the end of April.", LocalDate.of(2021, 3, 1));
        assertThat(e.type()).isEqualTo(ContentTypes.EVENT);
        assertThat(e.event()).isNotNull();
        assertThat(e.event().date()).isEqualTo("2021-05-12");
        assertThat(e.event().place()).isEqualTo("FR71");
        assertThat(e.event().evidence()).contains("12 May 2021");
        assertThat(ids(e.regions())).containsExactly("FR71");
    }
}
