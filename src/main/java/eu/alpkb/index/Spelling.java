package eu.alpkb.index;

import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.StringDistance;

/**
 * Picks the correction of a misspelt word among the candidates an engine's spellchecker offers, by one rule for every
 * engine: Lucene's own spellchecker and a sharded Solr collection's rank the same near words differently ("clustern"
 * or "cluster" for "clsuter"), and a search must suggest the same whichever engine answers it. The limits are those of
 * the Solr configset's spellchecker ({@code solrconfig.xml}), so that both offer the same candidates.
 */
public final class Spelling {
    /** Candidates asked of a spellchecker for each word. */
    public static final int CANDIDATES = 5;
    /** Letters of the shortest word given a correction. */
    static final int MIN_LENGTH = 3;
    /** Edits between a word and its corrections, at most. */
    static final int MAX_EDITS = 2;
    /** Lucene's similarity of a correction to the word, at least: one minus the edits over the shorter's length. */
    static final float ACCURACY = 0.5f;

    /** A word offered as a correction and the number of documents that hold it. */
    public record Candidate(String word, long documents) {
    }

    private static final StringDistance DISTANCE = new LuceneLevenshteinDistance();

    private Spelling() {
    }

    /**
     * @return the candidate nearest to {@code word} (edits counted as Lucene's automata count them, a swap of two
     *         letters as one), then the one more documents hold, then the first alphabetically; null when none
     */
    public static String best(String word, List<Candidate> candidates) {
        return candidates.stream()
                .min(Comparator.comparingDouble((Candidate c) -> -DISTANCE.getDistance(word, c.word()))
                        .thenComparing(c -> -c.documents()).thenComparing(Candidate::word))
                .map(Candidate::word).orElse(null);
    }
}
