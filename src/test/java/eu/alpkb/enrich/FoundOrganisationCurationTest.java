package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.extract.ExtractedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewed decisions of {@code entities.yaml} applied to the organisations found in a text. */
class FoundOrganisationCurationTest {
    @TempDir
    Path tmp;

    private static final ExtractedDocument DOC = new ExtractedDocument("https://example.org/lab", null,
            "Orbitwheel GmbH builds a robot lab",
            "The Valley Robotics Cluster (VRC) opened a test lab for service robots. Members of the Valley Robotics "
                    + "Cluster can book it from May. The lab was built by Orbitwheel GmbH, which supplied the "
                    + "conveyors; Orbitwheel GmbH also trains the staff.",
            "", null, null, "en", "text/html", 0, List.of(), List.of());

    /** A text that only lists partners, in passing: the finder is not sure enough of them alone. */
    private static final ExtractedDocument LISTED = new ExtractedDocument("https://example.org/spring", null,
            "Spring meeting of the members",
            "The members met in spring to plan the year and to choose the topics of the autumn workshops. Three "
                    + "working groups reported on what they did since the last meeting, and the board presented "
                    + "the budget. The guests came from Alpha Sensors Cluster, Beta Mechanics Network, Gamma Drives "
                    + "Association and Delta Motion Cluster.",
            "", null, null, "en", "text/html", 0, List.of(), List.of());

    private Enricher enricher(String moreYaml) throws Exception {
        Path config = TestConfigs.withSources(Files.createTempDirectory(tmp, "config"), "");
        Path yaml = config.resolve("entities.yaml");
        Files.writeString(yaml, Files.readString(yaml) + moreYaml);
        return new Enricher(ConfigLoader.load(config).vocabularies());
    }

    private static List<String> names(List<FoundOrganisation> orgs) {
        return orgs.stream().map(FoundOrganisation::name).toList();
    }

    @Test
    void without_a_decision_both_organisations_are_found() throws Exception {
        assertThat(names(enricher("").foundOrgs(DOC)))
                .contains("Valley Robotics Cluster (VRC)", "Orbitwheel GmbH");
    }

    @Test
    void a_rejected_name_is_left_out_and_a_confirmed_one_takes_the_reviewed_spelling_and_kind() throws Exception {
        List<FoundOrganisation> found = enricher("organisations:\n  - name: Robotics Cluster of the Valley\n"
                + "    aliases: [Valley Robotics Cluster]\n    kind: network\n"
                + "rejectedOrganisations: [Orbitwheel GmbH]\n").foundOrgs(DOC);
        assertThat(names(found)).containsExactly("Robotics Cluster of the Valley (VRC)");
        assertThat(found.get(0).kind()).isEqualTo("network");
        assertThat(found.get(0).evidence()).contains("Valley Robotics Cluster");
    }

    @Test
    void a_confirmed_name_is_kept_below_the_confidence_the_finder_needs_alone() throws Exception {
        Enricher plain = enricher("");
        assertThat(plain.allFoundOrgs(LISTED)).extracting(FoundOrganisation::name).contains("Beta Mechanics Network");
        assertThat(names(plain.foundOrgs(LISTED))).doesNotContain("Beta Mechanics Network");
        assertThat(names(enricher("organisations:\n  - name: Beta Mechanics Network\n").foundOrgs(LISTED)))
                .contains("Beta Mechanics Network");
    }
}
