package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void the_nearest_word_wins_a_swap_of_two_letters_counting_as_one_edit() {
        assertThat(Spelling.best("clsuter", List.of(new Spelling.Candidate("clustern", 50),
                new Spelling.Candidate("cluster", 10)))).isEqualTo("cluster");
    }

    @Test
    void between_words_as_near_the_more_frequent_then_the_first_alphabetically() {
        assertThat(Spelling.best("lenz", List.of(new Spelling.Candidate("linz", 3),
                new Spelling.Candidate("lens", 7)))).isEqualTo("lens");
        assertThat(Spelling.best("lenz", List.of(new Spelling.Candidate("linz", 3),
                new Spelling.Candidate("lens", 3)))).isEqualTo("lens");
        assertThat(Spelling.best("lenz", List.of())).isNull();
    }
}
