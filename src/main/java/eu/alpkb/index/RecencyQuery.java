package eu.alpkb.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query's scores multiplied by each document's {@link RecencyBoost} factor, as
 * {@code FunctionScoreQuery.boostByValue} computes them, but with a bound on the scores: the wrapped query's bound
 * times the largest factor. Lucene's function query declares no bound, so a search wrapped in it must score every
 * match; with one, the best few can be found while skipping the blocks of documents that cannot reach them.
 */
final class RecencyQuery extends Query {
    private final Query in;
    private final RecencyBoost boost;

    RecencyQuery(Query in, RecencyBoost boost) {
        this.in = Objects.requireNonNull(in);
        this.boost = Objects.requireNonNull(boost);
    }

    /** @return the same recency over another query */
    RecencyQuery over(Query other) {
        return new RecencyQuery(other, boost);
    }

    /** @return the query whose scores are weighted */
    Query query() {
        return in;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new RecencyQuery(rewritten, boost);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float weightBoost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, 1f);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        double maxFactor = boost.maxFactor() * weightBoost;
        return new FilterWeight(this, inner) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = in.scorer(context);
                return scorer == null ? null
                        : new Boosted(this, scorer, boost.segmentFactors(context), weightBoost, maxFactor);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) {
                    return e;
                }
                double factor = boost.segmentFactors(context)[doc];
                float score = score(e.getValue().floatValue(), factor, weightBoost);
                return Explanation.match(score, "product of:", e,
                        Explanation.match((float) factor, "recency factor"));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return in.isCacheable(ctx) && boost.isCacheable(ctx);
            }
        };
    }

    /** The same arithmetic as the function query: the score as a double times the factor, then the boost. */
    private static float score(float inner, double factor, float weightBoost) {
        double value = inner * factor;
        return value >= 0 ? (float) (value * weightBoost) : 0f;
    }

    private static final class Boosted extends Scorer {
        private final Scorer in;
        private final double[] factors;
        private final float weightBoost;
        private final double maxFactor;

        Boosted(Weight weight, Scorer in, double[] factors, float weightBoost, double maxFactor) {
            super(weight);
            this.in = in;
            this.factors = factors;
            this.weightBoost = weightBoost;
            this.maxFactor = maxFactor;
        }

        @Override
        public float score() throws IOException {
            return RecencyQuery.score(in.score(), factors[in.docID()], weightBoost);
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            float inner = in.getMaxScore(upTo);
            return inner == Float.POSITIVE_INFINITY ? inner : Math.nextUp((float) (inner * maxFactor));
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // a document whose own score is below this cannot reach minScore with any factor
            if (maxFactor > 0) {
                in.setMinCompetitiveScore(Math.max(0f, Math.nextDown((float) (minScore / maxFactor))));
            }
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "recency(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && in.equals(((RecencyQuery) o).in) && boost.equals(((RecencyQuery) o).boost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, boost);
    }
}
