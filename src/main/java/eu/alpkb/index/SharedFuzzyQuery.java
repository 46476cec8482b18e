package eu.alpkb.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A {@link FuzzyQuery} on one of the fields a mistyped word is searched in. Lucene builds a word's Levenshtein automata
 * once per field, and shares them only between the segments of that field; building them is the costly part of a
 * typo search (a quarter of one over a million documents, with five fields). The queries of one word's fields share
 * them here: the first field's rewrite builds them, the others reuse them. Matches and scores are those of
 * {@link FuzzyQuery}.
 */
final class SharedFuzzyQuery extends FuzzyQuery {
    /**
     * The automata of one word, as the first of its fields' queries built them. A parsed query belongs to one search,
     * so one thread fills and reads it; were two to race, each would build the automata, as Lucene does.
     */
    static final class Automata {
        private volatile String text;
        /** Lucene's own holder of a fuzzy enum's automata, taken from the first field's rewrite. */
        private volatile AttributeImpl built;
        private volatile CompiledAutomaton widest;

        /** @return whether a field's rewrite has built the automata, for the other fields to reuse */
        boolean built() {
            return built != null;
        }
    }

    /**
     * The automata of every word one search looks for within reach of its spelling, by word and number of edits: the
     * typo search and the spelling suggestion of a word then build them once between them (the suggestion built its
     * own twice, for one edit and then two, which made it costlier than the typo search it follows).
     */
    static final class PerSearch {
        private final Map<String, Automata> byWord = new HashMap<>();

        /** @return the automata of {@code word} within {@code edits}, built by the first query that needs them */
        Automata of(String word, int edits) {
            return byWord.computeIfAbsent(edits + " " + word, k -> new Automata());
        }
    }

    private final Automata shared;

    SharedFuzzyQuery(Term term, int maxEdits, int prefixLength, int maxExpansions, boolean transpositions,
                     Automata shared) {
        super(term, maxEdits, prefixLength, maxExpansions, transpositions);
        this.shared = shared;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        String text = getTerm().text();
        AttributeImpl built = shared.built;
        if (built != null && text.equals(shared.text) && !holds(atts, built)) {
            // the enum looks for its automata in the rewrite's attributes before it builds them
            atts.addAttributeImpl(built);
        }
        TermsEnum out = super.getTermsEnum(terms, atts);
        if (shared.built == null && out instanceof FuzzyTermsEnum) {
            AttributeImpl holder = automataHolder(atts);
            if (holder != null) {
                shared.text = text;
                shared.built = holder;
            }
        }
        return out;
    }

    /** The widest automaton, which highlighting asks for: built once for the word too. */
    @Override
    public CompiledAutomaton getAutomata() {
        String text = getTerm().text();
        CompiledAutomaton widest = shared.widest;
        if (widest == null || !text.equals(shared.text)) {
            widest = super.getAutomata();
            if (shared.text == null || text.equals(shared.text)) {
                shared.text = text;
                shared.widest = widest;
            }
        }
        return widest;
    }

    /**
     * @return the terms of {@code terms} within reach of the word, each with its similarity as the
     *         {@link org.apache.lucene.search.BoostAttribute} of the enum's attributes
     */
    TermsEnum termsWithin(Terms terms) throws IOException {
        return getTermsEnum(terms, new AttributeSource());
    }

    private static boolean holds(AttributeSource atts, AttributeImpl impl) {
        for (Iterator<AttributeImpl> it = atts.getAttributeImplsIterator(); it.hasNext(); ) {
            AttributeImpl a = it.next();
            if (a == impl || a.getClass() == impl.getClass()) {
                return true;
            }
        }
        return false;
    }

    /** @return the attribute in which {@link FuzzyTermsEnum} keeps the automata it built, or null */
    private static AttributeImpl automataHolder(AttributeSource atts) {
        for (Iterator<AttributeImpl> it = atts.getAttributeImplsIterator(); it.hasNext(); ) {
            AttributeImpl a = it.next();
            if (a.getClass().getEnclosingClass() == FuzzyTermsEnum.class) {
                return a;
            }
        }
        return null;
    }
}
