package eu.alpkb.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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

    RecencyBoost(String field, long newestDay, double weight, double halfLifeDays) {
        this.field = field;
        this.newestDay = newestDay;
        this.weight = weight;
        this.halfLifeDays = halfLifeDays;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues days = DocValues.getNumeric(ctx.reader(), field);
        return new DoubleValues() {
            double value = 1.0;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (days.advanceExact(doc) && days.longValue() != Long.MIN_VALUE) {
                    long age = Math.max(0, newestDay - days.longValue());
                    value = 1.0 + weight * Math.pow(0.5, age / halfLifeDays);
                } else {
                    value = 1.0;
                }
                return true;
            }
        };
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
