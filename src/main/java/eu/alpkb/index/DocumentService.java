package eu.alpkb.index;

import eu.alpkb.search.Mentions;
import eu.alpkb.search.StoredDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Single documents by id, and the documents most like one. */
public final class DocumentService {
    /** Ids are hex digests; anything else cannot name a document and is refused before touching the index. */
    public static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    public static final int RELATED = 5;

    private final IndexStore store;
    private final Analyzers analyzers;

    public DocumentService(IndexStore store, Analyzers analyzers) {
        this.store = store;
        this.analyzers = analyzers;
    }

    /** @return the stored document, or empty when the id is malformed or unknown */
    public Optional<StoredDocument> get(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return store.storedDocument(id).map(DocumentMapper::toStored);
    }

    /** @return the documents with these ids the index has, in the order given, without their text */
    public List<StoredDocument> getWithoutText(List<String> ids) {
        List<String> valid = ids.stream().filter(id -> id != null && ID.matcher(id).matches()).toList();
        return store.storedDocumentsWithoutText(valid).stream().map(DocumentMapper::toStored).toList();
    }

    /** Oldest first, the id settling ties: the order the organisation's documents are listed in, in either engine. */
    private static final Sort OLDEST_FIRST = new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG),
            new SortField(IndexFields.ID, SortField.Type.STRING));

    /** See {@link eu.alpkb.search.SearchIndex#mentioning}. */
    public Mentions mentioning(String orgId, int max) {
        if (orgId == null || orgId.isBlank() || max < 0) {
            return Mentions.NONE;
        }
        Mentions out = store.withSearcher(s -> {
            try {
                Query q = new TermQuery(new Term(IndexFields.ORG_MENTIONS, orgId));
                int total = s.count(q);
                List<StoredDocument> docs = new ArrayList<>();
                if (max > 0 && total > 0) {
                    StoredFields stored = s.storedFields();
                    for (ScoreDoc sd : s.search(q, max, OLDEST_FIRST).scoreDocs) {
                        docs.add(DocumentMapper.toStored(StoredFieldsBut.withoutText(stored, sd.doc)));
                    }
                }
                return new Mentions(total, docs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out == null ? Mentions.NONE : out;
    }

    private static int docId(IndexSearcher s, String id) throws IOException {
        TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    /** @return up to {@link #RELATED} documents most like {@code id}, never itself; empty if unknown */
    public Optional<List<StoredDocument>> related(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        List<StoredDocument> out = store.withSearcher(s -> {
            try {
                int docId = docId(s, id);
                if (docId < 0) {
                    return null;
                }
                org.apache.lucene.document.Document stored = s.storedFields().document(docId);
                Map<String, List<String>> values = new java.util.HashMap<>();
                for (String field : RelatedQuery.FIELDS) {
                    values.put(field, List.of(stored.getValues(field)));
                }
                Query query = RelatedQuery.of(values, analyzers.index(), terms -> {
                    int[] df = new int[terms.size()];
                    for (int i = 0; i < df.length; i++) {
                        try {
                            // live documents only, as a remote engine counts them
                            df[i] = s.count(new TermQuery(terms.get(i)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return df;
                }, s.getIndexReader().numDocs(), id);
                if (query == null) {
                    return List.<StoredDocument>of();
                }
                List<StoredDocument> docs = new ArrayList<>();
                for (ScoreDoc sd : s.search(query, RELATED).scoreDocs) {
                    docs.add(DocumentMapper.toStored(s.storedFields().document(sd.doc)));
                }
                return docs;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Optional.ofNullable(out);
    }
}
