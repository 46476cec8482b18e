package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass matcher behind every vocabulary tag. */
class PhraseMatcherTest {
    record Meaning(int kind, String id) {
    }

    private static List<String> found(PhraseMatcher<Meaning> m, String text) {
        return m.find(new Tokens(text)).stream().map(x -> x.value().id() + "=" + x.surface()).toList();
    }

    @Test
    void the_longest_term_wins_at_a_position_and_shorter_ones_still_match_later() {
        PhraseMatcher<Meaning> m = new PhraseMatcher<>();
        m.add("Torino", new Meaning(0, "ITC1"), true);
        m.add("Politecnico di Torino", new Meaning(0, "polito"), true);
        assertThat(found(m, "Researchers of the Politecnico di Torino met in Torino."))
                .containsExactly("polito=Politecnico di Torino", "ITC1=Torino", "ITC1=Torino");
    }

    @Test
    void a_term_of_one_kind_does_not_hide_a_shorter_term_of_another_kind() {
        PhraseMatcher<Meaning> m = new PhraseMatcher<>(Meaning::kind, 2);
        m.add("Piemonte", new Meaning(0, "ITC1"), true);
        m.add("Regione Piemonte", new Meaning(1, "regione-piemonte"), true);
        m.add("Piemonte Agency", new Meaning(1, "agency"), true);
        assertThat(found(m, "The Piemonte Agency and Regione Piemonte"))
                .containsExactly("ITC1=Piemonte", "agency=Piemonte Agency", "regione-piemonte=Regione Piemonte",
                        "ITC1=Piemonte");
    }

    @Test
    void accents_and_case_are_folded_but_proper_names_need_a_capital() {
        PhraseMatcher<Meaning> m = new PhraseMatcher<>();
        m.add("Rhône-Alpes", new Meaning(0, "FR71"), true);
        m.add("Wels", new Meaning(0, "AT31"), true);
        m.add("plastics", new Meaning(0, "plastics"), false);
        assertThat(found(m, "RHONE ALPES makes Plastics; wels are fish, Wels is a town"))
                .containsExactly("FR71=RHONE ALPES", "plastics=Plastics", "AT31=Wels");
    }

    @Test
    void a_term_ending_in_a_star_matches_any_word_it_starts() {
        PhraseMatcher<Meaning> m = new PhraseMatcher<>();
        m.add("mechatronic*", new Meaning(0, "mechatronics"), false);
        m.add("smart mobil*", new Meaning(0, "mobility"), false);
        assertThat(found(m, "Mechatronical systems for smart mobility, not smart phones"))
                .containsExactly("mechatronics=Mechatronical", "mobility=smart mobility");
    }
}
