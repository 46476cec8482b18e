package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.AnswerKey;
import eu.alpkb.eval.RealPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
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
        assertThat(names("L'assessore regionale Giulia Rossi ha presentato il bando.")).containsExactly("Giulia Rossi");
        assertThat(names("La directrice Claire Dubois a présenté le programme.")).containsExactly("Claire Dubois");
        assertThat(names("Predsednik Janez Novak je odprl srečanje.")).containsExactly("Janez Novak");
        assertThat(names("Dr. Maria van der Berg leads the lab.")).containsExactly("Maria van der Berg");
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
    void places_organisations_and_plain_capitalised_runs_are_no_people() {
        assertThat(names("The Timber Cluster met in Upper Austria on Monday.")).isEmpty();
        assertThat(names("Director of the European Cluster Partnership, said the report.")).isEmpty();
        assertThat(names("said Upper Austria")).isEmpty();
        assertThat(names("The assessore of Lombardia spoke.")).isEmpty();
        // a name is written on one line: a caption's credit does not run into the next line's role
        assertThat(names("Photo: Max Weber\nLandesrat Karl Gruber spoke.")).containsExactly("Karl Gruber");
    }

    @Test
    void looking_only_near_runs_of_capitalised_words_finds_what_the_whole_text_gives() throws Exception {
        List<String> texts = new ArrayList<>();
        for (RealPages.Page p : RealPages.load().pages()) {
            texts.add(p.text());
        }
        for (AnswerKey.Item item : AnswerKey.items()) {
            Path file = AnswerKey.SITE.resolve(item.path());
            if (item.path().endsWith(".html")) {
                texts.add(Jsoup.parse(Files.readString(file)).body().wholeText());
            }
        }
        // a role or verb as far from the name as it can stand, at the edges of a text
        texts.add("ha sottolineato   Giulia Ferrari");
        texts.add("x ".repeat(500) + "secretary general, Jean-Luc Martin-Dupont said the council met.");
        assertThat(texts).hasSizeGreaterThan(100);
        for (String t : texts) {
            assertThat(finder.find(t)).as(t.substring(0, Math.min(80, t.length()))).isEqualTo(finder.find(t, true));
        }
    }
}
