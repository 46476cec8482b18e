package eu.alpkb.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * The facet counts of one search over {@link FacetOrdinals}: one array of counts for the hits, and for each dimension
 * the search filters on, the counts of that dimension without its own filter (multi-select, "drill sideways"). Values
 * come most frequent first, equal counts in label order, as Lucene's own facet counts give them.
 */
final class CountedFacets extends Facets {
    private final FacetOrdinals ordinals;
    private final int[] counts;
    private final Map<String, int[]> sideways;

    /**
     * @param counts   counts of the hits, by ordinal
     * @param sideways for each filtered dimension, its counts without its own filter
     */
    CountedFacets(FacetOrdinals ordinals, int[] counts, Map<String, int[]> sideways) {
        this.ordinals = ordinals;
        this.counts = counts;
        this.sideways = Map.copyOf(sideways);
    }

    private int[] countsOf(String dim) {
        return sideways.getOrDefault(dim, counts);
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
        validateTopN(topN);
        return result(dim, path, topN);
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        return result(dim, path, Integer.MAX_VALUE);
    }

    private FacetResult result(String dim, String[] path, int topN) {
        int[] of = countsOf(dim);
        int[] kids = ordinals.children(dim, path);
        // count and ordinal in one long: sorted descending, the most frequent come first, equal counts in label
        // order (a smaller ordinal is a larger complement); a person dimension has thousands of values to rank
        long[] keys = new long[kids.length];
        int n = 0;
        for (int ord : kids) {
            if (of[ord] > 0) {
                keys[n++] = (long) of[ord] << 32 | (Integer.MAX_VALUE - ord);
            }
        }
        if (n == 0) {
            return null; // as Lucene answers a path without counted children
        }
        int shown = Math.min(n, topN);
        int[] order = new int[shown];
        if (topN == Integer.MAX_VALUE) {
            for (int i = 0, k = 0; i < kids.length; i++) {
                if (of[kids[i]] > 0) {
                    order[k++] = kids[i]; // all children, in label order, as Lucene lists them
                }
            }
        } else {
            sortByCount(keys, n, order);
        }
        LabelAndValue[] values = new LabelAndValue[shown];
        for (int i = 0; i < shown; i++) {
            values[i] = new LabelAndValue(ordinals.label(order[i]), of[order[i]]);
        }
        int self = ordinals.ordinal(dim, path);
        return new FacetResult(dim, path, self < 0 ? -1 : of[self], values, n);
    }

    /** Fills {@code order} with the ordinals of the largest keys, largest first. */
    private static void sortByCount(long[] keys, int n, int[] order) {
        java.util.Arrays.sort(keys, 0, n);
        for (int i = 0; i < order.length; i++) {
            order[i] = Integer.MAX_VALUE - (int) (keys[n - 1 - i] & 0xffffffffL);
        }
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
        int ord = ordinals.ordinal(dim, path);
        return ord < 0 ? -1 : countsOf(dim)[ord];
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
        validateTopN(topN);
        List<FacetResult> out = new ArrayList<>();
        for (String dim : ordinals.dimensions()) {
            FacetResult r = result(dim, new String[0], topN);
            if (r != null) {
                out.add(r);
            }
        }
        out.sort((a, b) -> Integer.compare(b.childCount, a.childCount));
        return out;
    }

    @Override
    public String toString() {
        return "CountedFacets(" + counts.length + " values, sideways " + sideways.keySet() + ")";
    }
}
