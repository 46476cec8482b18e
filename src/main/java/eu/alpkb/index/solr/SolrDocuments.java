package eu.alpkb.index.solr;

import eu.alpkb.index.DocumentMapper;
import eu.alpkb.index.IndexFields;
import eu.alpkb.search.Dimension;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Lays a document out for Solr from the fields {@link DocumentMapper} gives the embedded index, and reads a Solr
 * document back into the stored fields the mapper reads: the layout is decided in one place for both engines.
 */
final class SolrDocuments {
    /** Prefix of the field each facet dimension is kept in (schema.xml). */
    static final String FACET_PREFIX = "facet_";
    /** Separates the levels of a path in a tree dimension's values. */
    static final char PATH_SEPARATOR = '/';

    private SolrDocuments() {
    }

    /** @return the Solr field of a facet dimension */
    static String facetField(String dim) {
        return FACET_PREFIX + dim;
    }

    /**
     * The term that stands for a facet path: a flat dimension's value as it is, a tree's node as its depth and path
     * ({@code 1/AT/AT3}), so that a node's children share one prefix ({@link #childPrefix}).
     */
    static String facetTerm(String dim, List<String> path) {
        if (!Dimension.of(dim).map(Dimension::hierarchical).orElse(false)) {
            return path.get(0);
        }
        return (path.size() - 1) + String.valueOf(PATH_SEPARATOR) + String.join(String.valueOf(PATH_SEPARATOR), path);
    }

    /** @return the prefix shared by the terms of the children of {@code path} in a tree dimension */
    static String childPrefix(List<String> path) {
        StringBuilder sb = new StringBuilder().append(path.size()).append(PATH_SEPARATOR);
        for (String p : path) {
            sb.append(p).append(PATH_SEPARATOR);
        }
        return sb.toString();
    }

    /** @return the Solr document for the fields of {@link DocumentMapper#fields} */
    static SolrInputDocument toSolr(Document fields) {
        SolrInputDocument doc = new SolrInputDocument();
        for (IndexableField f : fields) {
            if (f instanceof SortedSetDocValuesFacetField facet) {
                addFacet(doc, facet);
            } else if (f instanceof LongPoint) {
                continue; // the doc values field below carries the same number
            } else if (f instanceof NumericDocValuesField) {
                doc.addField(f.name(), f.numericValue().longValue());
            } else if (f.name().equals(IndexFields.DATE)) {
                continue; // stored copy of the day: Solr returns the doc value instead
            } else if (f.numericValue() != null) {
                doc.addField(f.name(), f.numericValue());
            } else if (f.stringValue() != null) {
                doc.addField(f.name(), f.stringValue());
            }
        }
        return doc;
    }

    private static void addFacet(SolrInputDocument doc, SortedSetDocValuesFacetField facet) {
        String field = facetField(facet.dim);
        List<String> path = List.of(facet.path);
        boolean tree = Dimension.of(facet.dim).map(Dimension::hierarchical).orElse(false);
        if (!tree) {
            addOnce(doc, field, facetTerm(facet.dim, path));
            return;
        }
        // every ancestor too, as the embedded index counts a document once under each node above its value
        for (int depth = 1; depth <= path.size(); depth++) {
            addOnce(doc, field, facetTerm(facet.dim, path.subList(0, depth)));
        }
    }

    private static void addOnce(SolrInputDocument doc, String field, String value) {
        Collection<Object> have = doc.getFieldValues(field);
        if (have == null || !have.contains(value)) {
            doc.addField(field, value);
        }
    }

    /** @return the stored fields of a Solr document as {@link DocumentMapper} reads them */
    static Document toStoredFields(SolrDocument solr) {
        Document doc = new Document();
        for (String name : solr.getFieldNames()) {
            for (Object v : valuesOf(solr.getFieldValues(name))) {
                if (v instanceof Long l) {
                    if (!(name.equals(IndexFields.DATE) && l == Long.MIN_VALUE)) {
                        doc.add(new StoredField(name, l));
                    }
                } else if (v instanceof Integer i) {
                    doc.add(new StoredField(name, i));
                } else if (v != null && !name.startsWith(FACET_PREFIX) && !name.startsWith("_")) {
                    doc.add(new StoredField(name, v.toString()));
                }
            }
        }
        return doc;
    }

    /** @return a document about to be sent, as Solr would return it */
    static SolrDocument asStored(SolrInputDocument in) {
        SolrDocument d = new SolrDocument();
        for (String name : in.getFieldNames()) {
            d.setField(name, new ArrayList<>(in.getFieldValues(name)));
        }
        return d;
    }

    private static Collection<Object> valuesOf(Collection<Object> values) {
        return values == null ? new ArrayList<>() : values;
    }
}
