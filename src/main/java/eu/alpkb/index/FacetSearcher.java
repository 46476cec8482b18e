package eu.alpkb.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.function.Function;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * A searcher that carries the facet ordinal state of its reader, built once when the reader opens instead of on
 * every request.
 */
public final class FacetSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;
    private final FacetOrdinals ordinals;
    /** Per-document values computed once per segment of this reader; keyed by what computes them and the segment. */
    private final java.util.Map<java.util.List<Object>, double[]> leafValues =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final boolean idSorted;

    /**
     * Most bytes of filter bit sets kept per reader: the documents of the filters searched most recently, as Solr's
     * filter cache keeps them. A million documents take 122 KB a filter, so 32 MB hold about 260 filters there.
     */
    static final long FILTER_CACHE_BYTES = 32L << 20;
    /** The documents each recent filter matches, per segment, kept while the reader lives. */
    private final Cache<Query, FixedBitSet[]> filterBits = Caffeine.newBuilder()
            .maximumWeight(FILTER_CACHE_BYTES)
            .<Query, FixedBitSet[]>weigher((q, sets) -> {
                long bytes = 0;
                for (FixedBitSet set : sets) {
                    bytes += set.ramBytesUsed();
                }
                return (int) Math.min(Integer.MAX_VALUE, bytes);
            })
            .build();

    FacetSearcher(IndexReader reader, FacetsConfig config) throws IOException {
        this(reader, config, null, 1, MIN_DOCS_PER_SLICE);
    }

    /**
     * @param threads         walks the parts of the index at once ({@link #walk}), or null to walk every segment
     *                        on the calling thread
     * @param maxSlices       most parts of the index one walk is cut into, the number of threads that walk them
     * @param minDocsPerSlice fewest documents worth a slice of their own
     */
    FacetSearcher(IndexReader reader, FacetsConfig config, java.util.concurrent.Executor threads, int maxSlices,
                  int minDocsPerSlice) throws IOException {
        // Lucene's own searcher gets no threads: given some, it also hands every term's lookup in every segment to
        // them, which under load doubled the CPU time of a request (LoadBench: 17.2 ms against 10.2 ms, 96 against
        // 181 requests/s); only the walk over the matches is worth a thread of its own
        super(reader);
        this.threads = threads;
        this.walkSlices = threads == null ? new LeafSlice[] {new LeafSlice(new java.util.ArrayList<>(reader.leaves()))}
                : partsOf(reader.leaves(), maxSlices, minDocsPerSlice);
        FieldInfo id = FieldInfos.getMergedFieldInfos(reader).fieldInfo(IndexFields.ID);
        this.idSorted = id == null || id.getDocValuesType() == DocValuesType.SORTED;
        this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
        this.ordinals = facetState == null ? null : new FacetOrdinals(facetState, reader.leaves());
    }

    /**
     * Fewer documents than this in a slice and a second thread costs more than it saves: handing a slice over takes
     * tens of microseconds, and a walk over this many documents a few milliseconds.
     */
    static final int MIN_DOCS_PER_SLICE = 25_000;
    private final java.util.concurrent.Executor threads;
    /** The parts of the index one walk over a query's matches is cut into, each walked on a thread of its own. */
    private final LeafSlice[] walkSlices;

    /**
     * @return into how many parts of {@code minDocs} documents or more, at most {@code maxParts}, an index of
     *         {@code docs} documents is cut to be searched at once
     */
    static int parts(long docs, int maxParts, int minDocs) {
        return (int) Math.max(1, Math.min(maxParts, docs / minDocs));
    }

    /**
     * One slice per thread's share of the documents: a published index (one segment per search thread) is walked
     * one segment per thread; Lucene's own slices would keep segments of fewer than 250,000 documents together.
     */
    private static LeafSlice[] partsOf(java.util.List<LeafReaderContext> leaves, int maxSlices, int minDocs) {
        if (leaves.isEmpty()) {
            return new LeafSlice[0];
        }
        long docs = 0;
        for (LeafReaderContext leaf : leaves) {
            docs += leaf.reader().maxDoc();
        }
        int parts = parts(docs, maxSlices, minDocs);
        LeafSlice[] out = slices(leaves, (int) Math.min(Integer.MAX_VALUE, (docs + parts - 1) / parts),
                Integer.MAX_VALUE);
        // in the order of their documents: hits of equal score from two slices are merged in that order, as one
        // thread walking the segments one after the other would rank them
        java.util.Arrays.sort(out, java.util.Comparator.comparingInt(slice -> slice.leaves[0].docBase));
        return out;
    }

    /** @return how many parts {@link #walk} cuts the index into */
    int walkParts() {
        return walkSlices.length;
    }

    /**
     * Walks the matches of {@code query} with one collector of {@code manager} per part of the index, the parts at
     * once on the search threads (the first on the calling thread), then reduces the collectors. The query is
     * rewritten and weighed once, on the calling thread.
     */
    <C extends Collector, T> T walk(Query query, CollectorManager<C, T> manager) throws IOException {
        if (walkSlices.length <= 1) {
            return search(query, manager);
        }
        java.util.List<C> collectors = new java.util.ArrayList<>(walkSlices.length);
        for (int i = 0; i < walkSlices.length; i++) {
            collectors.add(manager.newCollector());
        }
        Weight weight = createWeight(rewrite(query), collectors.get(0).scoreMode(), 1f);
        java.util.List<java.util.concurrent.FutureTask<Void>> others = new java.util.ArrayList<>();
        for (int i = 1; i < walkSlices.length; i++) {
            LeafSlice slice = walkSlices[i];
            C collector = collectors.get(i);
            java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
                search(java.util.Arrays.asList(slice.leaves), weight, collector);
                return null;
            });
            others.add(task);
            threads.execute(task);
        }
        search(java.util.Arrays.asList(walkSlices[0].leaves), weight, collectors.get(0));
        for (java.util.concurrent.FutureTask<Void> task : others) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while walking the index");
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return manager.reduce(collectors);
    }

    /**
     * @param source what computes the values; equal sources share them, so it must say in its {@code equals} all that
     *               the values depend on
     * @return the values of every document of the segment, computed on first use and kept while the reader lives
     */
    double[] leafValues(Object source, LeafReaderContext leaf,
                        java.util.function.Function<LeafReaderContext, double[]> compute) {
        return leafValues.computeIfAbsent(java.util.List.of(source, leaf.ord), k -> compute.apply(leaf));
    }

    /**
     * @param compute reads the documents of the filter, per segment, when they are not kept yet
     * @return the documents {@code filter} matches in each segment, shared between searches: not to be changed
     */
    FixedBitSet[] filterBits(Query filter, Function<Query, FixedBitSet[]> compute) {
        return filterBits.get(filter, compute);
    }

    /**
     * @return whether documents can be ordered by their id: an index written before the id had doc values cannot,
     *         and sorting by it there would fail every sorted search until the next full reindex
     */
    boolean idSorted() {
        return idSorted;
    }

    /** @return whether any document has a value in {@code dim}; counting an absent dimension is an error */
    public boolean hasDimension(String dim) {
        return ordinals != null && ordinals.hasDimension(dim);
    }

    private static boolean hasFacets(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            if (info != null) {
                return true;
            }
        }
        return false;
    }

    /** @return every facet value and the values of each document, or null for an index without any facet value yet */
    FacetOrdinals ordinals() {
        return ordinals;
    }

    /** @return the facet state, or null for an index without any facet value yet */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }
}
