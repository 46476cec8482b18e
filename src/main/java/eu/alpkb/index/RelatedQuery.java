package eu.alpkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query for the documents most like one, in the manner of Lucene's MoreLikeThis: the words of the document's
 * title and text that are frequent in it and rare in the index, each weighted by how telling it is. The words are
 * chosen here from counts the engine gives for the whole index, so every engine (the embedded index, a sharded
 * SolrCloud collection) asks the same question and finds the same documents.
 */
public final class RelatedQuery {
    /** Fields whose words describe a document. */
    public static final List<String> FIELDS = List.of(IndexFields.TITLE, IndexFields.TEXT);
    private static final int MAX_WORDS = 30;
    /** A word no other document has cannot find a related one. */
    private static final int MIN_DOC_FREQ = 2;
    /** Words read per field: enough for a long text, bounded for a huge one. */
    private static final int MAX_TOKENS = 5000;

    private RelatedQuery() {
    }

    private record Candidate(Term term, float score) {
    }

    /**
     * @param values    the stored values of {@link #FIELDS} of the document
     * @param analyzer  the analyzer the fields were indexed with
     * @param docFreqs  documents of the whole index holding each term, asked for all at once
     * @param numDocs   documents in the index
     * @param id        the document's id, which the query leaves out
     * @return the query, or null when the document has no telling word
     */
    public static Query of(Map<String, List<String>> values, Analyzer analyzer, Function<List<Term>, int[]> docFreqs,
                           int numDocs, String id) {
        Map<Term, Integer> tf = new LinkedHashMap<>();
        for (String field : FIELDS) {
            int read = 0;
            for (String value : values.getOrDefault(field, List.of())) {
                read = count(analyzer, field, value, tf, read);
            }
        }
        if (tf.isEmpty()) {
            return null;
        }
        List<Term> terms = new ArrayList<>(tf.keySet());
        int[] df = docFreqs.apply(terms);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (df[i] < MIN_DOC_FREQ) {
                continue;
            }
            // tf-idf as Lucene's classic similarity weighs a word
            float idf = (float) (Math.log((numDocs + 1) / (double) (df[i] + 1)) + 1.0);
            candidates.add(new Candidate(terms.get(i), tf.get(terms.get(i)) * idf));
        }
        if (candidates.isEmpty()) {
            return null;
        }
        // the most telling first; ties in a fixed order, so both engines choose the same words
        candidates.sort(Comparator.comparing(Candidate::score).reversed()
                .thenComparing(c -> c.term().field()).thenComparing(c -> c.term().text()));
        List<Candidate> chosen = candidates.subList(0, Math.min(MAX_WORDS, candidates.size()));
        float best = chosen.get(0).score();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Candidate c : chosen) {
            b.add(new BoostQuery(new TermQuery(c.term()), c.score() / best), Occur.SHOULD);
        }
        b.add(new TermQuery(new Term(IndexFields.ID, id)), Occur.MUST_NOT);
        return b.build();
    }

    private static int count(Analyzer analyzer, String field, String value, Map<Term, Integer> tf, int read) {
        try (TokenStream ts = analyzer.tokenStream(field, value)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            int n = read;
            while (n < MAX_TOKENS && ts.incrementToken()) {
                tf.merge(new Term(field, term.toString()), 1, Integer::sum);
                n++;
            }
            ts.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
