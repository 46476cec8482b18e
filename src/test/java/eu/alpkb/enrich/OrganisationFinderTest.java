package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.config.Text;
import eu.alpkb.eval.RealPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OrganisationFinderTest {
    private final OrganisationFinder finder = new OrganisationFinder(Set.of("regione piemonte",
            "steinbeis europa zentrum")::contains);

    private List<String> names(String body) {
        return finder.find("", body, Map.of()).stream().map(FoundOrganisation::name).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Example Valley Cluster opened a new office in the town.|Example Valley Cluster",
            "Il Cluster Lombardo della Mobilità ha presentato il rapporto.|Cluster Lombardo della Mobilità",
            "Die Wirtschaftskammer Steiermark lud zum Empfang.|Wirtschaftskammer Steiermark",
            "La Camera di commercio di Bolzano ha pubblicato i dati.|Camera di commercio di Bolzano",
            "Les membres de l'Agence Savoie Innovation se sont réunis.|Agence Savoie Innovation",
            "Gradnik Systems d.o.o. je predstavil novo linijo.|Gradnik Systems d.o.o.",
            "The Automotive Cluster of Slovenia (ACS) held its assembly.|Automotive Cluster of Slovenia (ACS)",
            "Studenti dell'Università di Brescia hanno partecipato.|Università di Brescia",
            // an elided article inside a name opened by its organisation word, and four lower-case words of it
            "La Chambre de commerce et d'industrie de Lyon a présenté le bilan.|Chambre de commerce et d'industrie"
                    + " de Lyon",
            "Le projet est soutenu par la Région Autonome Vallée d'Aoste.|Région Autonome Vallée d'Aoste",
            "The speakers came from Nordwind Robotik GmbH and elsewhere.|Nordwind Robotik GmbH",
    })
    void finds_a_name_with_an_organisation_word(String sentence, String name) {
        assertThat(names(sentence)).contains(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Cluster met in spring.",
            "Our cluster manager spoke at the European Cluster Conference.",
            "The Alpine Region is large.",
            "Regione Piemonte presented the call.",
            "Petra Püchner of the Steinbeis-Europa-Zentrum opened the meeting.",
            "The Regional Innovation Agency was mentioned.",
    })
    void leaves_out_generic_runs_events_and_names_the_vocabulary_knows(String sentence) {
        assertThat(names(sentence)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Regione Piemonte presented the call.",
            "Petra Püchner of the Steinbeis-Europa-Zentrum opened the meeting.",
            "The Example Valley Cluster opened a new office in the town.",
            "Vertreter der Regionen Piemont und des Steinbeis Europa Zentrum Nord trafen die Regione Piemonte.",
    })
    void the_openings_of_the_known_names_leave_every_finding_as_it_was(String sentence) {
        Set<String> known = Set.of("regione piemonte", "region piemont", "steinbeis europa zentrum");
        Set<String> openings = new java.util.HashSet<>();
        known.forEach(n -> openings.addAll(OrganisationFinder.openings(n)));
        OrganisationFinder told = new OrganisationFinder(known::contains, openings::contains, p -> false);
        OrganisationFinder untold = new OrganisationFinder(known::contains, p -> false);
        assertThat(told.find("", sentence, Map.of())).isEqualTo(untold.find("", sentence, Map.of()));
    }

    @Test
    void a_slovenian_organisation_word_in_another_case_is_one_and_a_short_form_vouches_for_lower_case_words() {
        List<FoundOrganisation> found = finder.find("", "Grozd deluje skupaj z Združenjem lesne in pohištvene "
                + "industrije (ZLPI). ZLPI vodi panožno politiko.", Map.of());
        assertThat(found).extracting(FoundOrganisation::name)
                .containsExactly("Združenjem lesne in pohištvene industrije (ZLPI)");
        assertThat(found.get(0).kind()).isEqualTo("network");
        assertThat(found.get(0).confidence()).isGreaterThanOrEqualTo(Enricher.FOUND_ORG_THRESHOLD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Interreg Examplia-Borderland opened its third call for projects.|Interreg Examplia-Borderland",
            "Il programma Interreg Alpine Space compie venticinque anni.|Interreg Alpine Space",
            "The INTERREG IIIB Alpine Space Programme ended in 2006.|INTERREG IIIB Alpine Space Programme",
    })
    void finds_a_cooperation_programme_by_its_name(String sentence, String name) {
        List<FoundOrganisation> found = finder.find("", sentence, Map.of());
        assertThat(found).extracting(FoundOrganisation::name).contains(name);
        assertThat(found.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().kind())
                .isEqualTo("programme");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The INTERREG IVC project Examplix helps regions steer their clusters.",
            "Examplix is a cooperation project funded by the Interreg Europe programme.",
            "Examplix è un progetto finanziato dal programma Interreg Italia-Svizzera.",
            "Le projet Interreg Examplia a réuni dix partenaires.",
    })
    void a_programme_named_as_a_projects_funder_is_not_what_the_text_is_about(String sentence) {
        // found for the record, with too little confidence to be kept: the text is about the project
        assertThat(finder.find("Examplix", sentence, Map.of())).filteredOn(o -> o.kind().equals("programme"))
                .isNotEmpty().allMatch(o -> o.confidence() < Enricher.FOUND_ORG_THRESHOLD);
    }

    @Test
    void a_programmes_event_is_no_programme() {
        assertThat(names("The Interreg Alpine Space Conference took place in Salzburg.")).isEmpty();
    }

    @Test
    void a_programmes_name_carries_on_no_lower_case_words() {
        assertThat(names("La journée Interreg Alcotra a été organisée par la Région Examplia.")).containsExactly(
                "Interreg Alcotra", "Région Examplia");
    }

    @Test
    void loose_names_lose_the_endings_the_inflection_pattern_took_off() {
        java.util.regex.Pattern inflection = java.util.regex.Pattern.compile("(?<=\\p{L}{4})(en|es|er|em|e|s|n)$");
        for (String name : List.of("europaische cluster observatorium", "europaisches cluster observatorium",
                "regione lombardia", "region", "clusters", "abcen", "abcden", "bcden", "cden", "aben", "abces",
                "abcdes", "abcder", "abcdem", "abcde", "abcds", "abcdn", "abcdx", "a1cde", "ab1des", "uber", "strassen",
                "zurichs", "cafes", "e", "en", "", "energy and construction", "ab cd  ef", "tiroler", "wirtschaft")) {
            StringBuilder want = new StringBuilder();
            for (String w : name.split(" ")) {
                if (!Set.of("and", "&", "e", "und", "et", "y").contains(w)) {
                    want.append(want.length() > 0 ? " " : "").append(inflection.matcher(w).replaceFirst(""));
                }
            }
            assertThat(OrganisationFinder.loose(name)).as(name).isEqualTo(want.toString());
        }
    }

    @Test
    void a_name_in_the_title_and_named_again_is_surer_than_one_only_listed() {
        List<FoundOrganisation> found = finder.find("Example Valley Cluster turns ten",
                "The Example Valley Cluster celebrated. Members include Alpha GmbH, Beta GmbH, Gamma GmbH and others.",
                Map.of());
        FoundOrganisation cluster = found.stream().filter(o -> o.name().equals("Example Valley Cluster")).findFirst()
                .orElseThrow();
        FoundOrganisation listed = found.stream().filter(o -> o.name().equals("Beta GmbH")).findFirst().orElseThrow();
        assertThat(cluster.confidence()).isGreaterThan(listed.confidence());
        assertThat(cluster.kind()).isEqualTo("cluster");
        assertThat(cluster.how()).isEqualTo(FoundOrganisation.PATTERN);
        assertThat(cluster.evidence()).isEqualTo("Example Valley Cluster turns ten");
        assertThat(listed.kind()).isEqualTo("company");
        assertThat(Text.fold(listed.evidence())).contains("members include");
    }

    private static double confidence(OrganisationFinder finder, String title, String body, String name) {
        return finder.find(title, body, Map.of()).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + body)).confidence();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Region of Examplia opened a new office for its towns.|Region of Examplia",
            "La Regione Examplia ha aperto un nuovo ufficio.|Regione Examplia",
            "Die Hochschule Musterstadt eröffnete ein neues Labor.|Hochschule Musterstadt",
            "Le Département de la Valmonde a ouvert un bureau.|Département de la Valmonde",
            "Die Wirtschaftskammer Examplia lud die Betriebe ein.|Wirtschaftskammer Examplia",
    })
    void a_public_body_university_or_chamber_of_a_known_place_is_surer(String sentence, String name) {
        OrganisationFinder placed = new OrganisationFinder(Set.of()::contains,
                Set.of("examplia", "musterstadt", "valmonde")::contains);
        OrganisationFinder unplaced = new OrganisationFinder(Set.of()::contains);
        assertThat(confidence(placed, "", sentence, name)).isGreaterThan(confidence(unplaced, "", sentence, name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Officials of the Region of Examplia attended the workshop with many others.|Region of Examplia",
            "Ha parlato il presidente della Regione Examplia davanti a tutti.|Regione Examplia",
            "The Example Cluster of Examplia met its members in spring.|Example Cluster of Examplia",
    })
    void a_body_named_beside_its_people_or_a_cluster_gains_nothing_from_its_place(String sentence, String name) {
        OrganisationFinder placed = new OrganisationFinder(Set.of()::contains, Set.of("examplia")::contains);
        OrganisationFinder unplaced = new OrganisationFinder(Set.of()::contains);
        assertThat(confidence(placed, "", sentence, name)).isEqualTo(confidence(unplaced, "", sentence, name));
    }

    @Test
    void a_short_form_used_again_names_the_organisation_again() {
        String defined = "The project is run with the Examplian Growth Foundation (EGF) and several partners.";
        String again = defined + " Last year EGF paid for twelve new firms. A report by EGF follows in May.";
        String named = "The project is run with the Examplian Growth Foundation and several partners. The Examplian"
                + " Growth Foundation paid for twelve new firms.";
        String alone = "The project is run with the Examplian Growth Foundation and several partners.";
        assertThat(confidence(finder, "", named, "Examplian Growth Foundation"))
                .isGreaterThan(confidence(finder, "", alone, "Examplian Growth Foundation"));
        double once = confidence(finder, "", defined, "Examplian Growth Foundation (EGF)");
        assertThat(confidence(finder, "", again, "Examplian Growth Foundation (EGF)")).isGreaterThan(once);
    }

    @Test
    void two_bodies_set_side_by_side_with_with_are_two_names_however_long_together() {
        assertThat(names("La journée a été organisée par la Région Examplia-Borderland en collaboration avec la Région"
                + " Autonome Vallée Examplia.")).containsExactly("Région Examplia-Borderland",
                "Région Autonome Vallée Examplia");
        assertThat(names("The Valley Robotics Cluster together with the Lake Sensor Agency opened a lab."))
                .containsExactlyInAnyOrder("Valley Robotics Cluster", "Lake Sensor Agency");
    }

    @Test
    void a_lower_case_organisation_word_before_a_name_says_what_the_name_is() {
        OrganisationFinder withPlaces = new OrganisationFinder(words -> false, Set.of("veneto")::contains);
        List<FoundOrganisation> found = withPlaces.find("", "Le pôle Examplia Industries a tenu son assemblée.",
                Map.of());
        assertThat(found).extracting(FoundOrganisation::name).containsExactly("Examplia Industries");
        assertThat(found.get(0).kind()).isEqualTo("cluster");
        assertThat(withPlaces.find("", "The cluster Valley Robotics grew.", Map.of()))
                .extracting(FoundOrganisation::name).containsExactly("Valley Robotics");
        // a place after the word is the kind of body the place has, not a name
        assertThat(withPlaces.find("", "Il distretto Veneto cresce.", Map.of())).isEmpty();
        // a capitalised word before the name is part of it or nothing: no lower-case word to read
        assertThat(withPlaces.find("", "Examplia Industries grew.", Map.of())).isEmpty();
    }

    @Test
    void a_name_inside_a_longer_name_is_not_named_again() {
        String body = "The Example Valley Cluster met in spring. Later, the Example Valley Cluster Tirol and the"
                + " Example Valley Cluster of Vorarlberg joined.";
        String once = "The Example Valley Cluster met in spring. Later, two other groups joined.";
        assertThat(confidence(finder, "", body, "Example Valley Cluster"))
                .isEqualTo(confidence(finder, "", once, "Example Valley Cluster"));
    }

    @Test
    void a_name_that_heads_a_count_is_an_entry_of_a_list() {
        String counted = "Answers by region.\n• Example Valley Cluster: 7\n";
        String said = "Answers by region.\n• Example Valley Cluster: answers came late\n";
        assertThat(confidence(finder, "", counted, "Example Valley Cluster"))
                .isLessThan(confidence(finder, "", said, "Example Valley Cluster"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Alla festa, Presidente Cluster Legno Examplia FVG, ha parlato a lungo.|Cluster Legno Examplia FVG",
            "Ein Bild mit Direktor Musterwald Technologie-Cluster beim Fest.|Musterwald Technologie-Cluster",
            "Riconosciuto dalla Regione Autonoma Examplia con la legge del 2015.|Regione Autonoma Examplia",
    })
    void a_role_before_a_name_and_words_after_an_authority_place_are_no_part_of_it(String sentence, String name) {
        assertThat(names(sentence)).containsExactly(name);
    }

    @Test
    void a_name_after_a_role_between_commas_is_not_a_list_entry() {
        String role = "We met Ana Novak, director Example Valley Cluster, and two guests.";
        String list = "We met Ana Novak, the Example Valley Cluster, and two guests.";
        assertThat(confidence(finder, "", role, "Example Valley Cluster"))
                .isGreaterThan(confidence(finder, "", list, "Example Valley Cluster"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Examplo, the Examplian Innovation Agency, opens a hub in spring.|Examplian Innovation Agency (Examplo)",
            "Examplo – die Examplische Standortagentur – eröffnet ein Büro.|Examplische Standortagentur (Examplo)",
            "Today, the Examplian Innovation Agency opens a hub in spring.|Examplian Innovation Agency",
    })
    void a_one_word_name_set_before_a_described_name_is_its_own_name(String sentence, String name) {
        assertThat(names(sentence)).containsExactly(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le projet est hébergé par la FSRE (Fondation Suisse pour la recherche en examplologie).|"
                    + "Fondation Suisse pour la recherche en examplologie (FSRE)",
            "Il progetto è guidato da ARE (Agenzia Regionale Examplia) a Trento.|Agenzia Regionale Examplia (ARE)",
    })
    void a_short_form_followed_by_its_long_name_in_parentheses_names_the_whole(String sentence, String name) {
        assertThat(names(sentence)).contains(name);
    }

    @Test
    void a_short_form_whose_parentheses_hold_no_long_name_of_its_initials_is_left_out() {
        assertThat(names("The ABC (Examplian Growth Foundation) met in spring.")).noneMatch(n -> n.contains("ABC"));
    }

    /** The texts of the real pages, then texts made to try the edges of a reading. */
    private static List<String> realPagesAnd(String... made) throws Exception {
        List<String> texts = new ArrayList<>();
        for (RealPages.Page p : RealPages.load().pages()) {
            texts.add(p.text());
        }
        texts.addAll(List.of(made));
        return texts;
    }

    @Test
    void words_read_by_hand_are_the_words_of_the_token_pattern() throws Exception {
        List<String> texts = realPagesAnd(
                "AT&S, S.p.A. and d.o.o. 3½ km; Ⅻ. e.V.. Jean-Luc O’Neill's L'agence -x &x .a 2.0 a.b.c. end.",
                "\uD835\uDC00bc \uD835\uDFCE7 x\uD800 \uDC00y a.\uD835\uDC00 z.");
        for (String t : texts) {
            List<String> byHand = new ArrayList<>();
            for (int start = 0, end; start < t.length(); start = Math.max(end, start + 1)) {
                end = OrganisationFinder.tokenEnd(t, start);
                if (end >= 0) {
                    byHand.add(start + ":" + t.substring(start, end));
                }
            }
            List<String> byPattern = new ArrayList<>();
            Matcher m = OrganisationFinder.TOKEN.matcher(t);
            while (m.find()) {
                byPattern.add(m.start() + ":" + m.group());
            }
            assertThat(byHand).as(t.substring(0, Math.min(80, t.length()))).isEqualTo(byPattern);
        }
    }

    @Test
    void elisions_read_by_hand_are_those_of_the_elision_pattern() throws Exception {
        List<String> texts = realPagesAnd(
                "L'agence dell'Università DELL'Ente Qu'il nell’Alto d'1 l'’x sull'-a all'École x'y l' DALL'a.",
                "l'\uD835\uDC00bc d'\uD800 Sull'ſ aLL'k");
        for (String t : texts) {
            for (int start = 0, end; start < t.length(); start = Math.max(end, start + 1)) {
                end = OrganisationFinder.tokenEnd(t, start);
                if (end < 0) {
                    continue;
                }
                Matcher el = OrganisationFinder.ELISION.matcher(t.substring(start, end));
                int byPattern = el.matches() ? start + el.start(1) : start;
                assertThat(OrganisationFinder.elidedOnto(t, start, end)).as(t.substring(start, end))
                        .isEqualTo(byPattern);
            }
        }
    }
}
