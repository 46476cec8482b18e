package eu.alpkb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.alpkb.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisations section of {@code entities.yaml}: read as written, and refused with the field when wrong. */
class EntitiesFileTest {
    @TempDir
    Path tmp;

    private Config withEntities(String moreYaml) throws Exception {
        Path config = TestConfigs.withSources(Files.createTempDirectory(tmp, "config"), "");
        Path yaml = config.resolve("entities.yaml");
        Files.writeString(yaml, Files.readString(yaml) + moreYaml);
        return ConfigLoader.load(config);
    }

    @Test
    void confirmed_organisations_are_found_by_every_spelling_and_rejected_names_are_known() throws Exception {
        Curation c = withEntities("organisations:\n  - name: Valley Robotics Cluster\n"
                + "    aliases: [Cluster Robotica di Valle]\n    kind: cluster\n"
                + "rejectedOrganisations: [Annual Report GmbH]\n").vocabularies().curation();
        assertThat(c.organisation("cluster robotica di valle")).map(KnownOrganisation::name)
                .contains("Valley Robotics Cluster");
        assertThat(c.organisation("Valley Robotics Cluster").orElseThrow().kind()).isEqualTo("cluster");
        assertThat(c.rejectedOrganisation("Annual Report GmbH")).isTrue();
        assertThat(c.rejected("Annual Report GmbH")).as("rejected as an organisation, not as a person").isFalse();
        assertThat(c.person("Petra Püchner")).isPresent();
    }

    @Test
    void a_name_the_vocabulary_knows_an_unknown_kind_or_a_name_both_confirmed_and_rejected_is_refused() {
        assertThatThrownBy(() -> withEntities("organisations:\n  - name: Plastipolis\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("organisations[0]")
                .hasMessageContaining("organisations.yaml");
        assertThatThrownBy(() -> withEntities("organisations:\n  - name: Valley Robotics Cluster\n"
                + "    kind: club\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("organisations[0].kind");
        assertThatThrownBy(() -> withEntities("organisations:\n  - name: Valley Robotics Cluster\n"
                + "rejectedOrganisations: [valley robotics cluster]\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("rejectedOrganisations[0]")
                .hasMessageContaining("both confirmed and rejected");
        assertThatThrownBy(() -> withEntities("organisations:\n  - name: A Cluster\n    aliases: [B Cluster]\n"
                + "  - name: B Cluster\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("organisations[1]");
    }
}
