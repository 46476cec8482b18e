package eu.alpkb.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A multiplier of 1 + weight × 0.5^(age / halfLife), where age is counted from the newest document in the index
 * rather than from today: an archive of 2014 news should still prefer its later items.
 */
final class RecencyBoost extends DoubleValuesSource {
    private final String field;
    private final long newestDay;
    private final double weight;
    private final double halfLifeDays;
    private final FacetSearcher searcher;

    /**
     * @param searcher the searcher whose reader the boost applies to: it keeps each segment's factors, computed on
     *                 first use, for every later search (reading the date and raising 0.5 to a power for every hit
     *                 was a sixth of a search's time); null to compute them on every search
     */
    RecencyBoost(String field, long newestDay, double weight, double halfLifeDays, FacetSearcher searcher) {
        this.field = field;
        this.newestDay = newestDay;
        this.weight = weight;
        this.halfLifeDays = halfLifeDays;
        this.searcher = searcher;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        if (searcher != null) {
            double[] factors = searcher.leafValues(this, ctx, this::factors);
            return new DoubleValues() {
                int doc = -1;

                @Override
                public double doubleValue() {
                    return factors[doc];
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return true;
                }
            };
        }
        NumericDocValues days = DocValues.getNumeric(ctx.reader(), field);
        return new DoubleValues() {
            double value = 1.0;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = days.advanceExact(doc) ? factor(days.longValue()) : 1.0;
                return true;
            }
        };
    }

    private double factor(long day) {
        if (day == Long.MIN_VALUE) {
            return 1.0;
        }
        long age = Math.max(0, newestDay - day);
        return 1.0 + weight * Math.pow(0.5, age / halfLifeDays);
    }

    /** @return the factor of every document of the segment */
    private double[] factors(LeafReaderContext ctx) {
        double[] out = new double[ctx.reader().maxDoc()];
        java.util.Arrays.fill(out, 1.0);
        try {
            NumericDocValues days = DocValues.getNumeric(ctx.reader(), field);
            for (int doc = days.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = days.nextDoc()) {
                out[doc] = factor(days.longValue());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher reader) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, field);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, newestDay, weight, halfLifeDays);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost r && r.field.equals(field) && r.newestDay == newestDay && r.weight == weight
                && r.halfLifeDays == halfLifeDays;
    }

    @Override
    public String toString() {
        return "recency(" + field + ")";
    }
}
