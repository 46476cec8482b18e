package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.AnswerKey;
import eu.alpkb.eval.RealPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** People are found where the text says they are persons, in the five languages; other capitalised runs are not. */
class PeopleFinderTest {
    private final PeopleFinder finder = new PeopleFinder(Set.of("Upper Austria", "Lombardia")::contains);

    private List<String> names(String text) {
        return finder.find(text).stream().map(Person::name).toList();
    }

    @Test
    void a_role_or_title_beside_a_name_makes_it_a_person_and_the_role_is_kept() {
        List<Person> found = finder.find("Anna Berger, managing director of the Timber Cluster, opened the day.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Anna Berger");
            assertThat(p.role()).startsWith("managing director of the Timber Cluster");
            assertThat(p.evidence()).startsWith("Anna Berger, managing director");
        });
        assertThat(names("Der Wirtschafts-Landesrat Peter Huber eröffnete die Messe.")).containsExactly("Peter Huber");
        // a compound Landesrat, and a title between the role and the name
        assertThat(finder.find("Das erklärte Wirtschaftslandesrat Dr. Peter Huber bei der Messe.")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo("Wirtschaftslandesrat"));
        assertThat(names("L'assessore regionale Giulia Rossi ha presentato il bando.")).containsExactly("Giulia Rossi");
        assertThat(names("La directrice Claire Dubois a présenté le programme.")).containsExactly("Claire Dubois");
        assertThat(names("Predsednik Janez Novak je odprl srečanje.")).containsExactly("Janez Novak");
        assertThat(names("Dr. Maria van der Berg leads the lab.")).containsExactly("Maria van der Berg");
    }

    @Test
    void a_name_set_off_by_commas_after_a_role_held_in_a_body_is_the_role_holder() {
        assertThat(finder.find("Il convegno è stato aperto dal presidente della Regione, Carla Neri, che ha ricordato"
                + " i risultati.")).singleElement().satisfies(p -> {
                    assertThat(p.name()).isEqualTo("Carla Neri");
                    assertThat(p.role()).isEqualTo("presidente della Regione");
                });
        assertThat(finder.find("Introdotto dal Direttore Vicario dell'Assessorato allo Sviluppo, Marco Gialli, che ha"
                + " presentato il bando.")).singleElement().satisfies(p -> assertThat(p.role())
                .isEqualTo("Direttore Vicario dell'Assessorato allo Sviluppo"));
        assertThat(names("Selon le directeur de l'agence, Jean Morel, le projet avance.")).containsExactly("Jean Morel");
        assertThat(names("Der Geschäftsführer des Clusters, Hans Gruber, betonte die Kooperation."))
                .containsExactly("Hans Gruber");
        assertThat(names("The plan was signed by the director of the agency, John Smith.")).containsExactly(
                "John Smith");
        // the run after the comma is the clause's subject, not the role's holder
        assertThat(names("According to the director of the cluster, Valley Robotics is growing fast.")).isEmpty();
        // a role in another clause, or a comma that lists, is no apposition
        assertThat(names("We met the director of the agency. Later, Anna Berg arrived.")).isEmpty();
    }

    @Test
    void a_name_given_a_role_by_a_verb_is_the_role_holder() {
        assertThat(finder.find("Jane Doe is the new managing director of the cluster.")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo("managing director of the cluster"));
        assertThat(finder.find("Marco Rossi è il nuovo presidente del distretto.")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo("presidente del distretto"));
        assertThat(names("Jean Morel a été nommé directeur du pôle.")).containsExactly("Jean Morel");
        assertThat(names("Hans Gruber ist neuer Geschäftsführer des Clusters.")).containsExactly("Hans Gruber");
        // roles an organisation holds as well name no person
        assertThat(names("Valley Robotics is the lead partner of the project.")).isEmpty();
        assertThat(names("Orbit Wheel is a member of the network.")).isEmpty();
    }

    @Test
    void a_name_after_the_words_that_open_an_interview_is_a_person() {
        assertThat(names("Three questions to Sara Conti")).containsExactly("Sara Conti");
        assertThat(names("Tre domande a Paolo Neri")).containsExactly("Paolo Neri");
        assertThat(names("Trois questions à Léa Martin")).containsExactly("Léa Martin");
        assertThat(names("Drei Fragen an Eva Maier")).containsExactly("Eva Maier");
    }

    @Test
    void a_preposition_opening_a_sentence_is_no_first_name() {
        // "X von Timber Cluster" ties a name to a known organisation: the words before must be a name for that
        PeopleFinder withOrgs = new PeopleFinder(words -> false, Set.of("Timber Cluster")::contains);
        assertThat(withOrgs.find("Nach Angaben von Timber Cluster wuchs die Zahl der Mitglieder.")).isEmpty();
        assertThat(withOrgs.find("Laut Bericht von Timber Cluster wuchs die Zahl der Mitglieder.")).isEmpty();
        assertThat(withOrgs.find("Anna Berger von Timber Cluster eröffnete den Tag.")).extracting(Person::name)
                .containsExactly("Anna Berger");
        assertThat(names("Nach Ansicht von Petra Reiter wächst der Cluster weiter.")).containsExactly("Petra Reiter");
        assertThat(names("Laut Petra Reiter wächst der Cluster weiter.")).containsExactly("Petra Reiter");
        // only before a name: a sentence opening with "Laut" after a headline names nobody in it
        assertThat(names("Neue Mitglieder aus der Branche Biomedizin\nLaut einer Studie wächst der Markt.")).isEmpty();
    }

    @Test
    void a_role_found_after_a_title_describes_the_person_better_than_the_title() {
        assertThat(finder.find("Dr. Anna Berger, managing director of the Timber Cluster, opened the day."))
                .singleElement().satisfies(p -> assertThat(p.role()).startsWith("managing director of"));
        assertThat(finder.find("Prof. Anna Berger opened the day.")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo("Prof."));
    }

    @Test
    void a_verb_of_saying_makes_a_quoted_name_a_person() {
        assertThat(names("\"We grew by a third,\" said Tom Miller.")).containsExactly("Tom Miller");
        assertThat(names("„Wir wachsen“, sagt Eva Maier.")).containsExactly("Eva Maier");
        assertThat(names("Secondo Luca Bianchi la rete funziona.")).containsExactly("Luca Bianchi");
        assertThat(names("\"Work as a network,\" remarks Sara Conti.")).containsExactly("Sara Conti");
        assertThat(names("„Holz hat Zukunft“, hebt Karl Steiner, der Aufsichtsratsvorsitzende, hervor."))
                .containsExactly("Karl Steiner");
        assertThat(names("\"Prices rise,\" said the cluster's director, Nina Kovač, on Monday."))
                .containsExactly("Nina Kovač");
    }

    @Test
    void more_verbs_of_saying_in_each_language_make_a_quoted_name_a_person() {
        assertThat(names("Lena Hofer argued that the network needs data.")).containsExactly("Lena Hofer");
        assertThat(names("«Serve continuità», ha ricordato Paolo Neri.")).containsExactly("Paolo Neri");
        assertThat(names("« Il faut durer », a résumé Léa Martin en clôture.")).containsExactly("Léa Martin");
        assertThat(names("»Mreža deluje,« je dejal Marko Kranjc.")).containsExactly("Marko Kranjc");
        assertThat(names("Rencontre avec Hugo Lefèvre.")).containsExactly("Hugo Lefèvre");
    }

    @Test
    void roles_written_as_one_word_or_in_a_compound_are_roles() {
        assertThat(finder.find("Anna Berger, vice-présidente de la Chambre, a ouvert la séance.")).singleElement()
                .satisfies(p -> assertThat(p.role()).startsWith("vice-présidente"));
        assertThat(names("Das weiß Tom Graf, Pressesprecher bei einem Hersteller.")).containsExactly("Tom Graf");
        assertThat(names("Die Obstbau-Chefin Ida Moser sieht Chancen.")).containsExactly("Ida Moser");
        assertThat(names("Luca Bassi, segretario generale della Camera, ha aperto i lavori."))
                .containsExactly("Luca Bassi");
        assertThat(finder.find("je dejal predsednik GZS Janez Novak.")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo("predsednik GZS"));
    }

    @Test
    void a_name_tied_to_a_known_organisation_is_a_person_who_works_there() {
        PeopleFinder withOrgs = new PeopleFinder(Set.of("Timber Cluster", "bioPmed")::contains,
                Set.of("Timber Cluster", "bioPmed")::contains);
        assertThat(withOrgs.find("Anna Berger of the Timber Cluster opened the round.")).singleElement()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("Anna Berger");
                    assertThat(p.role()).isEqualTo("Timber Cluster");
                });
        assertThat(withOrgs.find("Marco Neri (bioPmed) on exports")).extracting(Person::name)
                .containsExactly("Marco Neri");
        assertThat(withOrgs.find("Giulia Rossi, del Timber Cluster, ha presentato il bando.")).extracting(Person::name)
                .containsExactly("Giulia Rossi");
        // an organisation nobody knows ties nothing: "Upper Valley of Green Hills" is no person
        assertThat(withOrgs.find("Upper Valley of Green Hills is far.")).isEmpty();
        // events are named like people
        assertThat(withOrgs.find("The Global Conference of the Timber Cluster took place.")).isEmpty();
    }

    @Test
    void the_speakers_of_a_transcript_and_surnames_quoted_alone_are_people() {
        assertThat(names("Eva Maier : Where do we start?\nJon Berg : With the companies themselves.\n"
                + "Eva Maier : And then what happens?\nJon Berg : Then the cluster steps in for them."))
                .containsExactlyInAnyOrder("Eva Maier", "Jon Berg");
        // a heading is no turn of speech
        assertThat(names("Green Valley: the plan\nGreen Valley: results\n")).isEmpty();
        assertThat(names("Die Region wachse, sagte Gruber. Der Markt sei offen, betonte Huber."))
                .containsExactly("Gruber", "Huber");
        // a surname the text already gave in full is that person
        assertThat(names("Landesrat Karl Gruber eröffnete. Es gehe voran, sagte Gruber.")).containsExactly("Karl Gruber");
    }

    @Test
    void people_only_shown_in_a_picture_caption_are_not_taken() {
        assertThat(names("Gruppenfoto v. l.: Landesrat Karl Gruber, Direktorin Eva Maier\n"
                + "Direktorin Eva Maier eröffnete die Tagung.")).containsExactly("Eva Maier");
        assertThat(names("Von links: Bürgermeister Hans Lang © Foto: Studio")).isEmpty();
    }

    @Test
    void people_listed_with_a_role_in_a_programme_or_a_profile_are_not_taken_but_quoted_ones_are() {
        assertThat(names("Speakers\n• Anna Berger, Director, Timber Cluster\n- Dr. Tom Miller, CEO, Acme\n"
                + "Manager: Lena Hofer")).isEmpty();
        assertThat(names("Manager: Lena Hofer\nLena Hofer fordert mehr Kooperation.")).containsExactly("Lena Hofer");
        // a label further back on the line leaves a sentence's role alone
        assertThat(names("Update: the board met and the director Anna Berger opened the day."))
                .containsExactly("Anna Berger");
    }

    @Test
    void a_byline_di_is_no_title() {
        assertThat(names("- Di Marco Bassi\nIl bando è aperto.")).isEmpty();
        assertThat(names("Cluster president Franco di Fonzo explains the model.")).containsExactly("Franco di Fonzo");
    }

    @Test
    void places_organisations_and_plain_capitalised_runs_are_no_people() {
        assertThat(names("The Timber Cluster met in Upper Austria on Monday.")).isEmpty();
        assertThat(names("Director of the European Cluster Partnership, said the report.")).isEmpty();
        assertThat(names("said Upper Austria")).isEmpty();
        assertThat(names("The assessore of Lombardia spoke.")).isEmpty();
        // a name is written on one line: a caption's credit does not run into the next line's role
        assertThat(names("Photo: Max Weber\nLandesrat Karl Gruber spoke.")).containsExactly("Karl Gruber");
    }

    @Test
    void a_relative_clause_gives_a_role_and_the_body_it_is_held_in() {
        Map<String, String> employers = new java.util.LinkedHashMap<>();
        for (String text : List.of(
                "Anna Weber, who heads the Timber Cluster Tirol, said the market grew.",
                "Marco Bianchi, che guida il Polo Meccatronica Trentino, ha spiegato il progetto.",
                "Claire Martin, qui dirige l'Agence Alpine Innovation, a rappelé les objectifs.",
                "Eva Huber, die seit 2015 den Holzcluster Tirol leitet, betont die Chancen.")) {
            for (Person p : finder.find(text)) {
                employers.put(p.name(), finder.employerIn(p.role()));
            }
        }
        assertThat(employers).containsExactly(Map.entry("Anna Weber", "Timber Cluster Tirol"),
                Map.entry("Marco Bianchi", "Polo Meccatronica Trentino"),
                Map.entry("Claire Martin", "Agence Alpine Innovation"), Map.entry("Eva Huber", "Holzcluster Tirol"));
        // a clause that names no body gives no role
        assertThat(finder.find("Anna Weber, who heads to Brussels tomorrow, will present it.")).isEmpty();
    }

    @Test
    void the_body_a_speaker_is_named_with_is_the_role_not_a_second_speaker() {
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        for (String text : List.of("Jane Doe from Example Robotics said the market grew.",
                "Marco Rossi di Example Robotica ha detto che il mercato cresce.",
                "Anna Huber von Vulcano sagt, die Vernetzung sei wichtig.",
                "Paul Martin of the Example Works GmbH said so.")) {
            for (Person p : finder.find(text)) {
                roles.put(p.name(), p.role());
            }
        }
        assertThat(roles).containsOnly(Map.entry("Jane Doe", "Example Robotics"),
                Map.entry("Marco Rossi", "Example Robotica"), Map.entry("Anna Huber", "Vulcano"),
                Map.entry("Paul Martin", "Example Works GmbH"));
        // a particle inside a name stays in it
        assertThat(names("Franco di Fonzo ha detto che il cluster cresce.")).containsExactly("Franco di Fonzo");
        // an office is no speaker's name
        assertThat(names("The Joint Technical Secretariat of the Alpine Space Programme said so.")).isEmpty();
    }

    @Test
    void a_speaker_s_label_names_a_person_who_speaks() {
        assertThat(finder.find("Food Cluster Speaker: Jane Weber Date: 20 February 2014 Striving for excellence"))
                .singleElement().satisfies(p -> {
                    assertThat(p.name()).isEqualTo("Jane Weber");
                    assertThat(p.role()).isEqualTo("Speaker");
                });
        assertThat(names("Relatrice: Maria Rossi\nIntervenant : Paul Martin\nReferentin: Anna Huber (Example Cluster)"))
                .containsExactlyInAnyOrder("Maria Rossi", "Paul Martin", "Anna Huber");
        // other labels list people without saying they speak
        assertThat(names("Contact: Jane Weber\nDate: 20 February 2014")).isEmpty();
    }

    @Test
    void a_surname_that_is_also_a_place_is_a_surname_after_a_given_name() {
        PeopleFinder places = new PeopleFinder(Set.of("Piemonte", "Upper Austria", "Austria", "Upper", "Timber Cluster",
                "Plastipolis")::contains);
        assertThat(places.find("Carlo Piemonte, director of the Timber Cluster, said the figures were good."))
                .extracting(Person::name).containsExactly("Carlo Piemonte");
        // a known name before it, a name of more words or a joining word still make it no person's
        assertThat(places.find("Upper Austria, director of the Timber Cluster, said it.")).isEmpty();
        assertThat(places.find("said Luca Bruno di Plastipolis today")).extracting(Person::name)
                .doesNotContain("Luca Bruno di Plastipolis");
    }

    @Test
    void looking_only_near_runs_of_capitalised_words_finds_what_the_whole_text_gives() throws Exception {
        List<String> texts = new ArrayList<>();
        for (RealPages.Page p : RealPages.load().pages()) {
            texts.add(p.text());
        }
        texts.addAll(AnswerKey.htmlTexts());
        // a role or verb as far from the name as it can stand, at the edges of a text
        texts.add("ha sottolineato   Giulia Ferrari");
        texts.add("x ".repeat(500) + "secretary general, Jean-Luc Martin-Dupont said the council met.");
        // roles that open with any letter (compounds), titles of one letter, letters beyond Latin, case folded
        texts.add("Die Pressesprecherin Anna Huber und Vize-Bürgermeisterin Eva Berger, M. Jean Dupont, DI Hans Maier,"
                + " Župan Janez Novak, ſecretary John Smith, \u212Aoordinator Jan Kowal, -Landesrat Karl Gruber,"
                + " Aufsichtsratsvorsitzender Peter Bauer und Abteilungsleiterin Maria Moser sprachen.");
        assertThat(texts).hasSizeGreaterThan(100);
        for (String t : texts) {
            assertThat(finder.find(t)).as(t.substring(0, Math.min(80, t.length()))).isEqualTo(finder.find(t, true));
        }
    }

    @Test
    void a_role_read_by_hand_before_or_after_a_name_is_what_the_whole_pattern_reads() {
        // names, marks, words before a role, roles of every kind, of several words or parts, and what may or may not go on
        // after a role: full stops of abbreviations, closing brackets, letters beyond the Basic Multilingual Plane, a
        // mark at a line's end. Capitalised words open after a space: a capital inside a word is read apart from this
        List<String> texts = new ArrayList<>(RandomTexts.of(List.of(" Jane Doe", " Hans Maier", ", ", ",", " (",
                " – ", " - ", "-", " ", "\t", "\n", "new ", "our ", "deputy ", "managing ", "director", " CEO", " Dr.",
                "m.", " Geschäftsführerin", " Pressesprecher", "vice-president", "in charge", "of ", "the ",
                " Example", " Alps", " B.A.U.M.", " S.p.A.", ".", ";", ":", ")", "x", "\uD801\uDC00", "\uD835\uDC00",
                " Ž", "said", " Dr\t", " Prof\t", "Ing\u000B", "in ", "charge ", "cluster ", " Abteilungsleiterin",
                "general ", "secretary ", " co-", " vize-", " wirtschafts-", "Landesrat", "start-ups ", "co-financed ",
                "founder "), 16, 20_000, 11));
        texts.add("Jane Doe (CEO) said");
        texts.add("Heute sprach cluster Abteilungsleiterin Jane Doe, dann managing Pressesprecher Hans Maier.");
        texts.add("Es sprachen Vize-Abteilungsleiterin Jane Doe, Co-Founder Hans Maier und Landes-Pressesprecher Max Weber.");
        texts.add("Hans Maier, Dr.\tProf. Example");
        texts.add("Jane Doe, managing director of B.A.U.M. Consult GmbH. Next");
        texts.add("Jane Doe, director of " + "x".repeat(120) + " and more");
        for (String t : texts) {
            assertThat(finder.find(t)).as(t).isEqualTo(finder.find(t, true));
        }
    }

    @Test
    void names_read_by_hand_end_where_the_name_pattern_ends_them() {
        List<String> texts = new ArrayList<>();
        // pieces of names, particles, spaces and the characters a word may not run on into, mixed at random
        texts.addAll(RandomTexts.of(List.of("Ab", "Mc", "Cd", "É", "é", "ab", "x", "'", "’", "-", " ", "\t", "\u00a0",
                "\n", "de ", "van der ", "della ", "la", "d", "1", ".", "\uD801\uDC00", "\uD801\uDC28", "ǅ", "ß"),
                12, 30_000, 5));
        texts.add("Jean-Luc Martin-Dupont, Maria van der Berg, Anne O'Neill McCain und Hans von Habsburg");
        Pattern[] upTo = new Pattern[4];
        for (int joins = 1; joins <= 3; joins++) {
            upTo[joins] = Pattern.compile(PeopleFinder.NAME.replace("){1,3})", "){1," + joins + "})"));
        }
        assertThat(upTo[1].pattern()).isNotEqualTo(PeopleFinder.NAME);
        for (String t : texts) {
            AfterName.Names names = new AfterName.Names(t);
            for (int at = 0; at < t.length(); at++) {
                for (int limit : new int[] {t.length(), Math.max(at, t.length() - 2)}) {
                    List<Integer> expected = new ArrayList<>();
                    for (int joins = 3; joins >= 1; joins--) {
                        Matcher m = upTo[joins].matcher(t).useTransparentBounds(true).useAnchoringBounds(false)
                                .region(at, limit);
                        if (m.lookingAt() && !expected.contains(m.end())) {
                            expected.add(m.end());
                        }
                    }
                    assertThat(names.endsAt(at, limit)).as("%s at %d up to %d", t, at, limit)
                            .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
    }

    private Person only(String text) {
        List<Person> found = finder.find(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void what_a_person_thinks_or_hopes_names_the_person_as_a_verb_of_saying_does() {
        assertThat(only("Jane Doe thinks the lab will grow next year.").name()).isEqualTo("Jane Doe");
        assertThat(only("Lisa Auer vom Talwerk glaubt an den Standort.").role()).isEqualTo("Talwerk");
        assertThat(only("Secondo l'azienda, spera Marco Bruni, il mercato crescerà.").name()).isEqualTo("Marco Bruni");
        // a body that hopes is no person
        assertThat(finder.find("Die Agentur hofft auf mehr Mitglieder.")).isEmpty();
    }

    @Test
    void titles_between_a_role_and_a_name_are_the_names_not_the_role() {
        assertThat(only("Heute sprach Landesrat Dr. Karl Gruber über den Wald.").role()).isEqualTo("Landesrat");
        assertThat(only("Heute sprach Talwerk-Obmann Bgm. Ing. Karl Gruber über den Wald.").role())
                .isEqualTo("Talwerk-Obmann");
        assertThat(only("Es sprach Landesrätin Prof. Dr. Eva Berger.").role()).isEqualTo("Landesrätin");
    }

    @Test
    void a_role_ends_where_the_sentence_goes_on_about_something_else() {
        assertThat(only("Anna Berger, head of the Timber Cluster, is glad of the year.").role())
                .isEqualTo("head of the Timber Cluster");
        assertThat(only("Claire Dubois, la présidente, a rappelé les chiffres du réseau.").role())
                .isEqualTo("présidente");
        assertThat(only("„Holz hat Zukunft“, hebt Karl Steiner, der Vorsitzende des Holznetzes Nord hervor.").role())
                .isEqualTo("Vorsitzende des Holznetzes Nord");
        assertThat(only("Giulia Rossi, presidente del Consorzio Legno Alto, è soddisfatta del risultato.").role())
                .isEqualTo("presidente del Consorzio Legno Alto");
        assertThat(only("Eva Maier, Managerin des Kunststoffnetzes Süd mit Sitz in Wels, zieht Bilanz.").role())
                .isEqualTo("Managerin des Kunststoffnetzes Süd");
        assertThat(only("Tom Miller, director of Alpha Robotics, \"We doubled the partners\" he wrote.").role())
                .isEqualTo("director of Alpha Robotics");
        assertThat(only("Lea Frank, project manager at B.A.U.M. Consult GmbH, opened the day.").role())
                .isEqualTo("project manager at B.A.U.M. Consult GmbH");
        assertThat(only("Marco Neri, direttore di Alfa Sistemi S.p.A. Ha aperto la giornata.").role())
                .isEqualTo("direttore di Alfa Sistemi S.p.A");
        // a parenthesis holds the role to its end
        assertThat(only("Janez Novak (director, Lesni Grozd Jug) opened the day.").role())
                .isEqualTo("director, Lesni Grozd Jug");
    }

    @Test
    void a_name_that_follows_a_name_with_a_conjunction_takes_no_role_from_the_next_person() {
        List<Person> found = finder.find("Erano presenti Franco Neri, e il direttore Paolo Verdi del consorzio.");
        assertThat(found).extracting(Person::name).contains("Paolo Verdi");
        assertThat(found).filteredOn(p -> p.name().equals("Franco Neri")).allSatisfy(p -> assertThat(p.role()).isNull());
    }

    @Test
    void the_organisation_a_role_names_is_read_from_it_in_the_five_languages() {
        assertThat(finder.employerIn("managing director of Alpha Robotics")).isEqualTo("Alpha Robotics");
        assertThat(finder.employerIn("Managing Director, Polo Tecnico di Verano")).isEqualTo("Polo Tecnico di Verano");
        assertThat(finder.employerIn("CTO von Bergmann und Beiratssprecher des Netzwerks Holz"))
                .isEqualTo("Bergmann");
        assertThat(finder.employerIn("presidente dell'Associazione Industriale Valligiana"))
                .isEqualTo("Associazione Industriale Valligiana");
        assertThat(finder.employerIn("présidente de la CCI Savoie-Nord")).isEqualTo("CCI Savoie-Nord");
        assertThat(finder.employerIn("predsednik GZS")).isEqualTo("GZS");
        assertThat(finder.employerIn("Presidente Consorzio Legno Alto FVG")).isEqualTo("Consorzio Legno Alto FVG");
        assertThat(finder.employerIn("chef de projet, Alpha Robotics (AR)")).isEqualTo("Alpha Robotics (AR)");
    }

    @Test
    void a_role_that_names_no_organisation_gives_none() {
        assertThat(finder.employerIn("CEO")).isNull();
        assertThat(finder.employerIn("Wirtschafts-Landesrat")).isNull();
        assertThat(finder.employerIn("président de la Région")).isNull();
        assertThat(finder.employerIn("Sprecher der Geschäftsführung")).isNull();
        // a place the vocabularies know is where, not who
        assertThat(finder.employerIn("minister of Upper Austria")).isNull();
        // a capitalised adjective of a policy's name
        assertThat(finder.employerIn("coordinatrice des programmes de la Nouvelle politique régionale")).isNull();
        // a list of capitalised words after a comma is the role's subject, not its body
        assertThat(finder.employerIn("Presidente della Commissione Industria, Commercio, Turismo")).isEqualTo(
                "Commissione Industria");
    }
}
