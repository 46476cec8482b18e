package eu.alpkb.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * The shape of a search that lets Lucene skip documents while it looks for the best few: each word's disjunction over
 * its fields scores a document by its best field alone (a tie-breaker of 0), whose bound per block of documents Lucene
 * knows, instead of the best field plus a share of the others. The rest of the query (its words, boosts, phrases,
 * filters and recency) stays as it is, so the shape matches exactly the documents the query matches and ranks them
 * nearly as it does; the search then scores the best of them again with the query itself.
 */
final class SkippingShape {
    private SkippingShape() {
    }

    /** @return the query with every disjunction's tie-breaker at 0, or the query itself when it has none */
    static Query of(Query q) {
        if (q instanceof DisjunctionMaxQuery dm) {
            List<Query> disjuncts = new ArrayList<>();
            boolean changed = dm.getTieBreakerMultiplier() != 0f;
            for (Query d : dm.getDisjuncts()) {
                Query shaped = of(d);
                changed |= shaped != d;
                disjuncts.add(shaped);
            }
            return changed ? new DisjunctionMaxQuery(disjuncts, 0f) : q;
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                    bq.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause c : bq.clauses()) {
                // filters and exclusions are not scored: their shape does not matter
                Query shaped = c.isScoring() ? of(c.getQuery()) : c.getQuery();
                changed |= shaped != c.getQuery();
                b.add(shaped, c.getOccur());
            }
            return changed ? b.build() : q;
        }
        if (q instanceof BoostQuery boosted) {
            Query shaped = of(boosted.getQuery());
            return shaped == boosted.getQuery() ? q : new BoostQuery(shaped, boosted.getBoost());
        }
        if (q instanceof RecencyQuery recency) {
            Query shaped = of(recency.query());
            return shaped == recency.query() ? q : recency.over(shaped);
        }
        return q;
    }
}
