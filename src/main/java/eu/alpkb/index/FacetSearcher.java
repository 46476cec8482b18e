package eu.alpkb.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that carries the facet ordinal state of its reader, built once when the reader opens instead of on
 * every request.
 */
public final class FacetSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;
    private final java.util.Set<String> dimensions;

    FacetSearcher(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader);
        this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
        java.util.Set<String> dims = new java.util.HashSet<>();
        if (facetState != null) {
            facetState.getDims().forEach(dims::add);
        }
        this.dimensions = java.util.Set.copyOf(dims);
    }

    /** @return whether any document has a value in {@code dim}; counting an absent dimension is an error */
    public boolean hasDimension(String dim) {
        return dimensions.contains(dim);
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

    /** @return the facet state, or null for an index without any facet value yet */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }
}
