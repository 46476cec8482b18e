package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.AnswerKey;
import eu.alpkb.eval.RealPages;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static List<Integer> bounds(BreakIterator it, String text) {
        it.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out;
    }

    @Test
    void sentences_end_after_their_mark_and_the_space_that_follows() {
        String t = "The cluster met in Linz. Forty firms came! Was it worth it? \"Yes.\" Next year: Graz.";
        assertThat(bounds(new SentenceBreaks(), t)).containsExactly(0, 25, 43, 60, 67, t.length());
    }

    @Test
    void numbers_addresses_abbreviations_and_lines() {
        assertThat(bounds(new SentenceBreaks(), "Version 3.5 of www.example.org is out.")).containsExactly(0, 38);
        assertThat(bounds(new SentenceBreaks(), "Partners, e.g. the chambers, joined.")).containsExactly(0, 36);
        // a heading or a list item runs on into the next line; a sentence's end is one wherever the next one starts
        assertThat(bounds(new SentenceBreaks(), "Programme\n09:00 Welcome\r\nLunch")).containsExactly(0, 30);
        assertThat(bounds(new SentenceBreaks(), "It ended.\n\nThen")).containsExactly(0, 11, 15);
        assertThat(bounds(new SentenceBreaks(), "")).containsExactly(0);
    }

    @Test
    void moves_between_boundaries_as_a_break_iterator_does() {
        SentenceBreaks it = new SentenceBreaks();
        it.setText("One. Two. Three.");
        assertThat(it.following(0)).isEqualTo(5);
        assertThat(it.current()).isEqualTo(5);
        assertThat(it.following(5)).isEqualTo(10);
        assertThat(it.preceding(10)).isEqualTo(5);
        assertThat(it.preceding(7)).isEqualTo(5);
        assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(it.following(16)).isEqualTo(BreakIterator.DONE);
        assertThat(it.last()).isEqualTo(16);
        assertThat(it.previous()).isEqualTo(10);
        assertThat(it.isBoundary(5)).isTrue();
        assertThat(it.isBoundary(6)).isFalse();
        assertThat(it.next(-2)).isEqualTo(0);
        assertThat(it.next(-1)).isEqualTo(BreakIterator.DONE);
    }

    /**
     * On the bundled archive's pages and the real pages, the boundaries are nearly all the JDK's: where they differ,
     * a snippet's passage may start or end a sentence earlier or later, never inside a word.
     */
    @Test
    void agrees_with_the_jdk_sentence_iterator_on_real_texts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (RealPages.Page p : RealPages.load().pages()) {
            texts.add(p.text());
        }
        texts.addAll(AnswerKey.htmlTexts());
        long same = 0;
        long ours = 0;
        long theirs = 0;
        for (String t : texts) {
            Set<Integer> a = new TreeSet<>(bounds(new SentenceBreaks(), t));
            Set<Integer> b = new TreeSet<>(bounds(BreakIterator.getSentenceInstance(Locale.ROOT), t));
            ours += a.size();
            theirs += b.size();
            a.retainAll(b);
            same += a.size();
            for (int x : bounds(new SentenceBreaks(), t)) {
                // never inside a word
                assertThat(x == 0 || x == t.length() || !Character.isLetterOrDigit(t.charAt(x - 1))
                        || !Character.isLetterOrDigit(t.charAt(x))).isTrue();
            }
        }
        double precision = (double) same / ours;
        double recall = (double) same / theirs;
        System.out.printf("sentence boundaries against the JDK's on %d texts: %d of ours, %d of theirs, %d shared:"
                + " precision %.3f, recall %.3f%n", texts.size(), ours, theirs, same, precision, recall);
        assertThat(precision).isGreaterThanOrEqualTo(0.98);
        assertThat(recall).isGreaterThanOrEqualTo(0.99);
    }
}
