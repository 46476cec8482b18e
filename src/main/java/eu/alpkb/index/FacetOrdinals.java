package eu.alpkb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Every facet value of one index reader, and for each document the values it has, held in plain arrays: built once
 * when the reader opens, so that counting the facets of a search is an array walk over its hits rather than a
 * decoding of compressed doc values per hit (that decoding was a sixth of a search's time).
 *
 * <p>The values are the reader's global ordinals of the facet field: one per value and per ancestor of a
 * hierarchical value, in the order of their labels. A value that many documents hold has a bit set of its documents,
 * and its count is the number of bits it shares with the hits; the others are counted document by document. A search
 * whose hits are more than half of the documents is counted from the other side: the counts of all documents,
 * computed here once, minus those of the documents that did not match. No search walks more than half of the index
 * to count its facets, and then only the few rare values of each document.
 */
final class FacetOrdinals {
    /**
     * A value held by more than one document in this many is counted by intersecting bit sets (a word of 64 documents
     * at a time) rather than value by value on each hit; at 32, 117 of the 3,989 values of the 100,000 generated
     * documents are dense, and each hit has 3 sparse values left to walk instead of 18.
     */
    static final int DENSE_SHARE = 32;
    /**
     * What adding one hit's value to its count costs against intersecting one word of two bit sets: the counts are
     * scattered over memory, the words are read in order and counted by one instruction.
     */
    private static final int WALK_COST = 4;
    private final int size;
    private final String[] labelOf;
    private final int[][] children;
    private final Map<String, int[]> topOfDim;
    private final Map<String, Integer> ordOfPath;
    private final Map<String, int[]> rangeOfDim;
    /**
     * Per leaf: where each document's sparse ordinals start in {@link #ords}, with one more entry for the end. Values
     * held by more than one document in {@link #DENSE_SHARE} are not in it: they have a bit set each.
     */
    private final int[][] starts;
    private final int[][] ords;
    /**
     * The values held by many documents, ascending, and per leaf one bit set for each of them; also, per leaf, each
     * document's dense values, for a search with few hits, where walking them costs less than intersecting every
     * value's bit set with the hits.
     */
    private final int[] dense;
    private final FixedBitSet[][] denseDocs;
    private final int[][] denseStarts;
    /** Each document's dense values as positions in {@link #dense}: a short each, half the memory of an ordinal. */
    private final short[][] denseOrds;
    private final double densePerDoc;
    private final Bits[] live;
    private final int[] totals;
    private final int liveCount;

    FacetOrdinals(SortedSetDocValuesReaderState state, List<LeafReaderContext> leaves) throws IOException {
        SortedSetDocValues top = state.getDocValues();
        OrdinalMap map = top instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        this.size = (int) top.getValueCount();
        String[] dimOf = new String[size];
        this.labelOf = new String[size];
        int[] parent = new int[size];
        this.ordOfPath = new HashMap<>(size * 2);
        for (int ord = 0; ord < size; ord++) {
            String[] parts = FacetsConfig.stringToPath(top.lookupOrd(ord).utf8ToString());
            dimOf[ord] = parts[0];
            labelOf[ord] = parts.length > 1 ? parts[parts.length - 1] : null;
            String key = String.join("\u001f", parts);
            ordOfPath.put(key, ord);
            parent[ord] = parts.length <= 2 ? -1
                    : ordOfPath.getOrDefault(key.substring(0, key.lastIndexOf('\u001f')), -1);
        }
        // children listed in ordinal order, which is the order of their labels
        List<List<Integer>> kids = new ArrayList<>(size);
        Map<String, List<Integer>> tops = new LinkedHashMap<>();
        Map<String, int[]> ranges = new HashMap<>();
        for (int ord = 0; ord < size; ord++) {
            kids.add(null);
            int[] range = ranges.computeIfAbsent(dimOf[ord], d -> new int[] {Integer.MAX_VALUE, -1});
            range[0] = Math.min(range[0], ord);
            range[1] = Math.max(range[1], ord);
            if (labelOf[ord] == null) {
                continue; // the dimension's own entry, indexed for its total
            }
            if (parent[ord] >= 0) {
                if (kids.get(parent[ord]) == null) {
                    kids.set(parent[ord], new ArrayList<>());
                }
                kids.get(parent[ord]).add(ord);
            } else {
                tops.computeIfAbsent(dimOf[ord], d -> new ArrayList<>()).add(ord);
            }
        }
        this.children = new int[size][];
        for (int ord = 0; ord < size; ord++) {
            children[ord] = kids.get(ord) == null ? new int[0] : kids.get(ord).stream().mapToInt(i -> i).toArray();
        }
        this.topOfDim = new HashMap<>();
        tops.forEach((d, l) -> topOfDim.put(d, l.stream().mapToInt(i -> i).toArray()));
        this.rangeOfDim = Map.copyOf(ranges);

        int n = leaves.size();
        int[][] allStarts = new int[n][];
        int[][] allOrds = new int[n][];
        this.live = new Bits[n];
        this.totals = new int[size];
        int liveDocs = 0;
        int maxDocs = 0;
        for (LeafReaderContext leaf : leaves) {
            LeafReader reader = leaf.reader();
            int[] start = new int[reader.maxDoc() + 1];
            int[] values = new int[Math.max(16, reader.maxDoc() * 4)];
            int used = 0;
            SortedSetDocValues dv = DocValues.getSortedSet(reader, state.getField());
            LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
            Bits liveBits = reader.getLiveDocs();
            int doc = 0;
            for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                while (doc <= d) {
                    start[doc++] = used;
                }
                int count = dv.docValueCount();
                if (used + count > values.length) {
                    values = Arrays.copyOf(values, Math.max(values.length * 3 / 2, used + count));
                }
                boolean counted = liveBits == null || liveBits.get(d);
                for (int i = 0; i < count; i++) {
                    int ord = (int) global.get(dv.nextOrd());
                    values[used++] = ord;
                    if (counted) {
                        totals[ord]++;
                    }
                }
            }
            while (doc <= reader.maxDoc()) {
                start[doc++] = used;
            }
            allStarts[leaf.ord] = start;
            allOrds[leaf.ord] = values;
            live[leaf.ord] = liveBits;
            liveDocs += reader.numDocs();
            maxDocs += reader.maxDoc();
        }
        this.liveCount = liveDocs;

        boolean[] isDense = new boolean[size];
        List<Integer> denseList = new ArrayList<>();
        for (int ord = 0; ord < size; ord++) {
            // few values can be dense (at most 32 for each value a document holds): a short numbers them
            if (totals[ord] > maxDocs / DENSE_SHARE && denseList.size() < 1 << 16) {
                isDense[ord] = true;
                denseList.add(ord);
            }
        }
        this.dense = denseList.stream().mapToInt(i -> i).toArray();
        int[] denseIndex = new int[size];
        for (int i = 0; i < dense.length; i++) {
            denseIndex[dense[i]] = i;
        }
        this.starts = new int[n][];
        this.ords = new int[n][];
        this.denseDocs = new FixedBitSet[n][];
        this.denseStarts = new int[n][];
        this.denseOrds = new short[n][];
        long denseValues = 0;
        for (int leaf = 0; leaf < n; leaf++) {
            int maxDoc = allStarts[leaf].length - 1;
            FixedBitSet[] bits = new FixedBitSet[dense.length];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = new FixedBitSet(maxDoc);
            }
            int[] start = new int[maxDoc + 1];
            int[] denseStart = new int[maxDoc + 1];
            int[] values = allOrds[leaf];
            short[] denseValuesOfLeaf = new short[allStarts[leaf][maxDoc]];
            int used = 0;
            int usedDense = 0;
            for (int doc = 0; doc < maxDoc; doc++) {
                start[doc] = used;
                denseStart[doc] = usedDense;
                for (int i = allStarts[leaf][doc]; i < allStarts[leaf][doc + 1]; i++) {
                    int ord = values[i];
                    if (isDense[ord]) {
                        bits[denseIndex[ord]].set(doc);
                        denseValuesOfLeaf[usedDense++] = (short) denseIndex[ord];
                    } else {
                        values[used++] = ord; // in place: the sparse values never overtake the ones being read
                    }
                }
            }
            start[maxDoc] = used;
            denseStart[maxDoc] = usedDense;
            starts[leaf] = start;
            ords[leaf] = Arrays.copyOf(values, used);
            denseDocs[leaf] = bits;
            denseStarts[leaf] = denseStart;
            denseOrds[leaf] = Arrays.copyOf(denseValuesOfLeaf, usedDense);
            denseValues += usedDense;
        }
        this.densePerDoc = maxDocs == 0 ? 0 : (double) denseValues / maxDocs;
    }

    /**
     * Counts the values of the documents in {@code hits} (one bit set per leaf, indexed by the leaf's own document
     * numbers, holding live documents only), keeping only the ordinals of {@code dim}, or every one when it is null.
     *
     * @param hitCount how many documents the bit sets hold
     */
    int[] count(FixedBitSet[] hits, long hitCount, String dim) {
        int lo = 0;
        int hi = size - 1;
        if (dim != null) {
            int[] range = rangeOfDim.get(dim);
            if (range == null) {
                return new int[size];
            }
            lo = range[0];
            hi = range[1];
        }
        int[] counts;
        boolean fromMisses = hitCount * 2 > liveCount;
        if (fromMisses) {
            // more hits than misses: take the misses' values from the totals
            counts = Arrays.copyOf(totals, size);
            for (int leaf = 0; leaf < starts.length; leaf++) {
                walkOutside(hits[leaf], leaf, counts, lo, hi);
            }
        } else {
            counts = new int[size];
            for (int leaf = 0; leaf < starts.length; leaf++) {
                walkInside(hits[leaf], starts[leaf], ords[leaf], counts, lo, hi);
            }
        }
        long words = 0;
        for (FixedBitSet h : hits) {
            words += h.getBits().length;
        }
        int denseInRange = 0;
        for (int ord : dense) {
            denseInRange += ord >= lo && ord <= hi ? 1 : 0;
        }
        if (!fromMisses && hitCount * densePerDoc * WALK_COST < (double) denseInRange * words) {
            // few hits: walking their dense values costs less than intersecting the bit sets asked for
            for (int leaf = 0; leaf < starts.length; leaf++) {
                walkDense(hits[leaf], denseStarts[leaf], denseOrds[leaf], counts, lo, hi);
            }
            return counts;
        }
        for (int i = 0; i < dense.length; i++) {
            int ord = dense[i];
            if (ord < lo || ord > hi) {
                continue;
            }
            long n = 0;
            for (int leaf = 0; leaf < starts.length; leaf++) {
                n += FixedBitSet.intersectionCount(hits[leaf], denseDocs[leaf][i]);
            }
            counts[ord] = (int) n;
        }
        return counts;
    }

    private void walkDense(FixedBitSet set, int[] start, short[] positions, int[] counts, int lo, int hi) {
        int maxDoc = start.length - 1;
        for (int doc = set.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
             doc = doc + 1 < maxDoc ? set.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
                int ord = dense[positions[i] & 0xffff];
                if (ord >= lo && ord <= hi) {
                    counts[ord]++;
                }
            }
        }
    }

    private static void walkInside(FixedBitSet set, int[] start, int[] values, int[] counts, int lo, int hi) {
        int maxDoc = start.length - 1;
        for (int doc = set.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
             doc = doc + 1 < maxDoc ? set.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
                int ord = values[i];
                if (ord >= lo && ord <= hi) {
                    counts[ord]++;
                }
            }
        }
    }

    private void walkOutside(FixedBitSet set, int leaf, int[] counts, int lo, int hi) {
        int[] start = starts[leaf];
        int[] values = ords[leaf];
        Bits liveBits = live[leaf];
        int maxDoc = start.length - 1;
        long[] words = set.getBits();
        for (int w = 0; w < words.length && w << 6 < maxDoc; w++) {
            long misses = ~words[w];
            while (misses != 0) {
                int doc = (w << 6) + Long.numberOfTrailingZeros(misses);
                misses &= misses - 1;
                if (doc >= maxDoc) {
                    break;
                }
                if (start[doc] == start[doc + 1] || liveBits != null && !liveBits.get(doc)) {
                    continue;
                }
                for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
                    int ord = values[i];
                    if (ord >= lo && ord <= hi) {
                        counts[ord]--;
                    }
                }
            }
        }
    }

    /** @return the ordinals directly under {@code path} of {@code dim} (its top values for an empty path), in label order */
    int[] children(String dim, String... path) {
        if (path.length == 0) {
            return topOfDim.getOrDefault(dim, new int[0]);
        }
        Integer ord = ordOfPath.get(dim + "\u001f" + String.join("\u001f", path));
        return ord == null ? new int[0] : children[ord];
    }

    /** @return the ordinal of one value (of the dimension's own entry for an empty path), or -1 */
    int ordinal(String dim, String... path) {
        String key = path.length == 0 ? dim : dim + "\u001f" + String.join("\u001f", path);
        return ordOfPath.getOrDefault(key, -1);
    }

    /** @return the last part of the value's path */
    String label(int ord) {
        return labelOf[ord];
    }

    /** @return whether any document has a value in {@code dim} */
    boolean hasDimension(String dim) {
        return topOfDim.containsKey(dim);
    }

    /** @return the dimensions that have values */
    Iterable<String> dimensions() {
        return topOfDim.keySet();
    }
}
