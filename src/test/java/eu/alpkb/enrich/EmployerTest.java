package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person's role that names an organisation nobody configured makes it an organisation of the document, and the
 * person works for it; a body named right before a role is the role's.
 */
class EmployerTest {
    private static Enricher enricher;

    @BeforeAll
    static void load() throws Exception {
        enricher = new Enricher(ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies());
    }

    private static EnrichedDocument enrich(String title, String text) {
        ExtractedDocument doc = new ExtractedDocument("https://example.org/" + title.hashCode(), null, title, text,
                "", null, null, "en", "text/html", 0, List.of(), List.of());
        return enricher.enrich("id", "test", doc, Instant.EPOCH);
    }

    private static Person person(EnrichedDocument e, String name) {
        return e.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void the_organisation_a_role_names_is_found_and_the_person_works_for_it() {
        EnrichedDocument e = enrich("Sensors for the valley",
                "Anna Berger, managing director of Orbitwheel, is glad of the year. \"We doubled our sales,\" she "
                        + "said at the spring meeting, where new members joined the network.");
        assertThat(e.foundOrgs()).extracting(FoundOrganisation::name).contains("Orbitwheel");
        FoundOrganisation employer = e.foundOrgs().stream().filter(o -> o.name().equals("Orbitwheel")).findFirst()
                .orElseThrow();
        assertThat(employer.evidence()).contains("Anna Berger, managing director of Orbitwheel");
        assertThat(FoundOrganisation.namedIn(person(e, "Anna Berger").role(), e.foundOrgs())).contains(employer);
    }

    @Test
    void a_role_naming_a_place_or_a_body_in_general_adds_no_organisation() {
        EnrichedDocument e = enrich("A visit to the region",
                "Markus Huber, minister of Upper Austria, visited the lab. Lena Brandt, head of the Board, "
                        + "welcomed him. Paul Weber, coordinator of CluStrat, showed the results.");
        // a project the vocabularies know is theirs, not an organisation found beyond them
        assertThat(person(e, "Paul Weber").role()).isEqualTo("coordinator of CluStrat");
        assertThat(person(e, "Markus Huber").role()).isEqualTo("minister of Upper Austria");
        assertThat(person(e, "Lena Brandt").role()).isEqualTo("head of the Board");
        assertThat(e.foundOrgs()).extracting(FoundOrganisation::name)
                .doesNotContain("Upper Austria", "Board", "CluStrat");
    }

    @Test
    void a_body_found_right_before_a_role_is_the_role_s() {
        List<FoundOrganisation> orgs = List.of(new FoundOrganisation("Valley Robotics Cluster (VRC)", "cluster", 0.9,
                "…", FoundOrganisation.PATTERN));
        assertThat(Enricher.withBodyBefore("director", "said Valley Robotics Cluster (VRC) director, Jane Doe",
                orgs)).isEqualTo("Valley Robotics Cluster (VRC) director");
        assertThat(Enricher.withBodyBefore("director", "said VRC's director, Jane Doe", orgs))
                .isEqualTo("VRC's director");
        // a role that names its body keeps it; a body further away is not the role's
        assertThat(Enricher.withBodyBefore("director of the VRC", "the director of the VRC, Jane Doe", orgs))
                .isEqualTo("director of the VRC");
        assertThat(Enricher.withBodyBefore("director", "the VRC hired a new director, Jane Doe", orgs))
                .isEqualTo("director");
    }
}
