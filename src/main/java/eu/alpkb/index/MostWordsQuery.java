package eu.alpkb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The query of a longer text: every word ranks, and a document matches when it has at least {@code min} of the words
 * or one of the rare ones (found in at most {@code rareShare} of the documents). A word few documents have says on its
 * own what the query is about, as BM25 weighs it; a common one does not, so it must come with others. Which words are
 * rare is only known from the index, so the query settles into plain Lucene clauses when it is rewritten.
 */
public final class MostWordsQuery extends Query {
    private final List<Query> must;
    private final List<Query> words;
    private final int min;
    private final double rareShare;

    /**
     * @param must      clauses every match must have (words marked {@code +})
     * @param words     the words that rank, each a query over the searchable fields
     * @param min       how many of {@code words} a document needs when it has none of the rare ones
     * @param rareShare share of the documents a word may be found in and still be rare
     */
    MostWordsQuery(List<Query> must, List<Query> words, int min, double rareShare) {
        this.must = List.copyOf(must);
        this.words = List.copyOf(words);
        this.min = min;
        this.rareShare = rareShare;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        return settle(queries -> {
            int[] counts = new int[queries.size()];
            for (int i = 0; i < counts.length; i++) {
                try {
                    counts[i] = searcher.count(queries.get(i));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return counts;
        }, searcher.getIndexReader().numDocs(), IndexSearcher.getMaxClauseCount());
    }

    /**
     * The plain clauses this query stands for, given how many documents each word matches: the same for any engine
     * that can count.
     *
     * @param counts     documents each of the words' queries matches, asked for all at once (a remote engine answers
     *                   them in one request)
     * @param numDocs    documents searched
     * @param maxClauses the engine's clause limit
     */
    public Query settle(java.util.function.Function<List<Query>, int[]> counts, long numDocs, int maxClauses) {
        BooleanQuery.Builder ranked = new BooleanQuery.Builder();
        must.forEach(q -> ranked.add(q, Occur.MUST));
        words.forEach(q -> ranked.add(q, Occur.SHOULD));
        // The filter repeats the words; a very long text whose clauses would not fit twice keeps the plain minimum.
        if (2 * clauses(words) + clauses(must) > maxClauses - SPARE_CLAUSES) {
            return ranked.setMinimumNumberShouldMatch(min).build();
        }
        List<Query> rare = new ArrayList<>();
        List<Query> common = new ArrayList<>();
        long rareUpTo = (long) Math.floor(numDocs * rareShare);
        int[] n = counts.apply(words);
        for (int i = 0; i < words.size(); i++) {
            (n[i] > 0 && n[i] <= rareUpTo ? rare : common).add(words.get(i));
        }
        if (rare.isEmpty()) {
            return ranked.setMinimumNumberShouldMatch(min).build();
        }
        BooleanQuery.Builder enough = new BooleanQuery.Builder();
        rare.forEach(q -> enough.add(q, Occur.SHOULD));
        if (common.size() >= min) {
            BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(min);
            common.forEach(q -> most.add(q, Occur.SHOULD));
            enough.add(most.build(), Occur.SHOULD);
        }
        return ranked.add(enough.build(), Occur.FILTER).build();
    }

    /** Room left for what the search adds around the query (filters, type tiers, recency). */
    private static final int SPARE_CLAUSES = 64;

    /** @return the leaf clauses and terms of the queries, as Lucene counts them against its clause limit */
    private static int clauses(List<Query> queries) {
        int[] n = {0};
        QueryVisitor counter = new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                n[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query query) {
                n[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        };
        queries.forEach(q -> q.visit(counter));
        return n[0];
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor sub = visitor.getSubVisitor(Occur.SHOULD, this);
        words.forEach(w -> w.visit(sub));
        if (!must.isEmpty()) {
            QueryVisitor required = visitor.getSubVisitor(Occur.MUST, this);
            must.forEach(q -> q.visit(required));
        }
    }

    @Override
    public String toString(String field) {
        return "mostWords(min " + min + ", rare <= " + rareShare + ", must " + must + ", words " + words + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && o instanceof MostWordsQuery m && m.min == min && m.rareShare == rareShare
                && m.must.equals(must) && m.words.equals(words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), must, words, min, rareShare);
    }
}
