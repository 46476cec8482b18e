package eu.alpkb.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Which documents a longer query matches: those with at least {@code min} of its words, and those with one of its
 * rare words (found in at most {@code rareShare} of the documents). A word few documents have says on its own what the
 * query is about, as BM25 weighs it; a common one does not, so it must come with others. Only selects, never scores:
 * it stands as a filter next to the query that ranks.
 */
final class MostWordsQuery extends Query {
    private final List<Query> words;
    private final int min;
    private final double rareShare;

    MostWordsQuery(List<Query> words, int min, double rareShare) {
        this.words = List.copyOf(words);
        this.min = min;
        this.rareShare = rareShare;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        words.forEach(w -> most.add(w, Occur.SHOULD));
        most.setMinimumNumberShouldMatch(min);
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(most.build(), Occur.SHOULD);
        long rare = (long) Math.floor(searcher.getIndexReader().numDocs() * rareShare);
        for (Query w : words) {
            int count = searcher.count(w);
            if (count > 0 && count <= rare) {
                any.add(w, Occur.SHOULD);
            }
        }
        return new ConstantScoreQuery(any.build());
    }

    @Override
    public void visit(QueryVisitor visitor) {
        // the words are visited through the ranking query beside this filter
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "mostWords(" + min + ", rare<=" + rareShare + ": " + words + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && o instanceof MostWordsQuery m && m.min == min && m.rareShare == rareShare
                && m.words.equals(words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), words, min, rareShare);
    }
}
