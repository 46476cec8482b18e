package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A sector tag means what a document is about; sectors only named in passing give none. */
class SectorRolesTest {
    /** More than a lead's worth of words with no sector in them, so that what follows stands in the body. */
    static final String LEAD = "The association held its yearly meeting in the town hall on a sunny morning. Members "
            + "elected a new board, approved the accounts of the past year and thanked the outgoing president for "
            + "ten years of work. The new board will meet again after the summer to plan the next steps, and it "
            + "invited every member to send ideas before the end of June. Coffee and cake were served in the garden, "
            + "and most members stayed until noon to talk with old friends and new faces. ";

    static Enricher enricher;

    @BeforeAll
    static void load() throws Exception {
        enricher = new Enricher(ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies());
    }

    static List<String> sectors(String title, String text) {
        ExtractedDocument doc = new ExtractedDocument("https://example.org/item", null, title, text, "", null, null,
                "en", "text/html", 0, List.of(), List.of());
        return enricher.enrich("x", "test", doc, Instant.EPOCH).sectors().stream().map(Tag::id).toList();
    }

    @Test
    void sectors_named_in_an_enumeration_are_passing() {
        assertThat(sectors("A meeting of mechatronics firms", LEAD + "Mechatronics firms of the valley met to share "
                + "a test bench for mechatronic drives. The valley also hosts firms in ICT, plastics and biotech."))
                .containsExactly("mechatronics");
    }

    @Test
    void a_generic_word_alone_gives_no_sector() {
        assertThat(sectors("The yearly meeting", LEAD + "Exports of the members grew by five per cent.")).isEmpty();
    }

    @Test
    void a_generic_word_counts_next_to_another_word_of_its_sector() {
        assertThat(sectors("The yearly meeting", LEAD + "Exports of the members grew by five per cent, and the board "
                + "wants to help more of them with internationalisation.")).containsExactly("internationalisation");
    }

    @Test
    void a_cluster_named_once_is_another_body_named_in_passing() {
        assertThat(sectors("Biotech firms share a laboratory", LEAD + "Biotech start-ups of the region now share a "
                + "laboratory for biotechnology research, with advice from the Plastics Cluster next door."))
                .containsExactly("biomedical");
    }

    @Test
    void a_theme_is_kept_beside_the_industry_a_second_industry_named_once_is_not() {
        assertThat(sectors("Plastics converters look abroad", LEAD + "The plastics converters of the region make "
                + "parts for many customers. Plastics recycling is their next project, and the plastics cluster "
                + "helps them with internationalisation. One of them also makes parts for medical devices."))
                .containsExactlyInAnyOrder("plastics", "internationalisation");
    }
}
