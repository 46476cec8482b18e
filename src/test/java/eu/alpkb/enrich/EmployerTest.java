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
    @Test
    void an_officer_with_a_bare_role_works_for_the_one_organisation_the_text_is_about() {
        EnrichedDocument e = enrich("Orbitwheel Robotics Cluster turns ten",
                "The Orbitwheel Robotics Cluster celebrated its tenth year in the valley. Its president Anna Berger "
                        + "said the members had doubled. Minister Markus Huber said the region would keep funding "
                        + "research. The Orbitwheel Robotics Cluster now has 120 members.");
        FoundOrganisation subject = e.foundOrgs().stream().filter(o -> o.name().equals("Orbitwheel Robotics Cluster"))
                .findFirst().orElseThrow();
        assertThat(subject.confidence()).isGreaterThanOrEqualTo(Enricher.SUBJECT_CONFIDENCE);
        assertThat(person(e, "Anna Berger").employer()).isEqualTo("Orbitwheel Robotics Cluster");
        assertThat(FoundOrganisation.employerOf(person(e, "Anna Berger"), e.foundOrgs())).contains(subject);
        // a minister quoted on the cluster's page holds a public office, not a post in the cluster
        assertThat(person(e, "Markus Huber").employer()).isNull();
    }

    @Test
    void a_bare_role_has_no_employer_when_the_text_is_about_several_organisations_or_none_for_sure() {
        List<Person> quoted = List.of(new Person("Anna Berger", "president", "Its president Anna Berger said."));
        FoundOrganisation sure = new FoundOrganisation("Orbitwheel Cluster", "cluster", 0.95, "…",
                FoundOrganisation.PATTERN);
        FoundOrganisation alsoSure = new FoundOrganisation("Valley Robotics Agency", "agency", 0.9, "…",
                FoundOrganisation.PATTERN);
        FoundOrganisation unsure = new FoundOrganisation("Valley Robotics Agency", "agency", 0.7, "…",
                FoundOrganisation.PATTERN);
        assertThat(Enricher.withSubjectEmployer(quoted, List.of(sure, unsure)).get(0).employer())
                .isEqualTo("Orbitwheel Cluster");
        assertThat(Enricher.withSubjectEmployer(quoted, List.of(sure, alsoSure)).get(0).employer()).isNull();
        assertThat(Enricher.withSubjectEmployer(quoted, List.of(unsure)).get(0).employer()).isNull();
        // a role that names its organisation, or a vocabulary organisation, keeps what it names
        List<Person> named = List.of(new Person("Jane Doe", "director of Valley Robotics Agency", "…"),
                new Person("Paul Weber", "president", "…", "plastipolis"));
        assertThat(Enricher.withSubjectEmployer(named, List.of(sure))).extracting(Person::employer)
                .containsOnlyNulls();
    }

    @Test
    void bare_roles_are_an_officer_s_and_name_nothing_else() {
        for (String role : List.of("president", "CEO", "Cluster-Manager", "Geschäftsführerin", "directeur",
                "présidente", "managing director", "Pressesprecher", "predsednik")) {
            assertThat(PeopleFinder.bareRole(role)).as(role).isTrue();
        }
        for (String role : List.of("minister", "Wirtschafts-Landesrat", "Wirtschaftslandesrat", "assessore", "professor", "Dr.",
                "Steirerhuhn-Chef", "president of Orbitwheel", "responsable", "vicepresidente e assessore",
                "Bürgermeisterin", "")) {
            assertThat(PeopleFinder.bareRole(role)).as(role).isFalse();
        }
        assertThat(PeopleFinder.bareRole(null)).isFalse();
    }

    @Test
    void a_german_compound_of_a_body_and_its_head_names_the_body() {
        EnrichedDocument e = enrich("Neue Partner im Netzwerk",
                "Der Verein wächst. Talkäse-Chef Martin Egger lobt die Zusammenarbeit, und Bergwerk-Obfrau Lisa Auer "
                        + "plant ein Treffen. Wirtschafts-Landesrat Karl Gruber und Vize-Präsident Paul Maier kamen "
                        + "auch, ebenso Cluster-Managerin Eva Moser.");
        assertThat(FoundOrganisation.employerOf(person(e, "Martin Egger"), e.foundOrgs()))
                .map(FoundOrganisation::name).contains("Talkäse");
        assertThat(FoundOrganisation.employerOf(person(e, "Lisa Auer"), e.foundOrgs()))
                .map(FoundOrganisation::name).contains("Bergwerk");
        // a politician's portfolio, a deputy and a cluster's own manager name no body of their own
        assertThat(e.foundOrgs()).extracting(FoundOrganisation::name).contains("Talkäse", "Bergwerk")
                .doesNotContain("Wirtschafts", "Vize", "Cluster");
    }
}
