package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean passage scorer gives Lucene's default scores to the bit, so snippets are the passages they were. */
class LeanPassageScorerTest {
    @Test
    void scores_equal_the_default_scorer_on_passages_with_repeated_terms() {
        Random random = new Random(11);
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new LeanPassageScorer();
        String[] words = {"cluster", "alpine", "plastics", "innovation", "a"};
        for (int n = 0; n < 2_000; n++) {
            Passage p = new Passage();
            int start = random.nextInt(5_000);
            int end = start + 500;
            p.setStartOffset(start);
            p.setEndOffset(end);
            int at = start;
            int matches = random.nextInt(9);
            for (int i = 0; i < matches; i++) {
                String w = words[random.nextInt(words.length)];
                at += 1 + random.nextInt(40);
                if (at + w.length() > end) {
                    break;
                }
                p.addMatch(at, at + w.length(), new BytesRef(w), 1 + random.nextInt(20));
            }
            int contentLength = end + random.nextInt(10_000);
            assertThat(lean.score(p, contentLength)).as("passage %d", n).isEqualTo(lucene.score(p, contentLength));
        }
    }
}
