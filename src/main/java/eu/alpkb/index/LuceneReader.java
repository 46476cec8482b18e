package eu.alpkb.index;

import eu.alpkb.search.CacheStats;
import eu.alpkb.search.Mentions;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.StoredDocument;
import eu.alpkb.search.Suggestion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The embedded Lucene index as its readers meet it: searches, documents and completions. */
public final class LuceneReader implements SearchIndex {
    private final SearchService search;
    private final DocumentService documents;
    private final SuggestService suggestions;
    private final IndexStore store;
    private final IndexStatistics statistics;

    public LuceneReader(IndexStore store, SearchService search, DocumentService documents,
                        SuggestService suggestions) {
        this.store = store;
        this.statistics = new IndexStatistics(store);
        this.search = search;
        this.documents = documents;
        this.suggestions = suggestions;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return search.search(request);
    }

    @Override
    public void validate(SearchRequest request) {
        search.validate(request);
    }

    @Override
    public List<String> markTexts(String query, List<String> texts, String lang) {
        return search.markTexts(query, texts, lang);
    }

    @Override
    public long export(SearchRequest request, Consumer<StoredDocument> sink) {
        return search.export(request, sink);
    }

    @Override
    public long exportWithFoundOrganisations(Consumer<StoredDocument> sink) {
        return search.exportWithFoundOrganisations(sink);
    }

    @Override
    public Mentions mentioning(String orgId, int max) {
        return documents.mentioning(orgId, max);
    }

    @Override
    public LocalDate newestDate() {
        return search.newestDate();
    }

    @Override
    public CacheStats cacheStats() {
        return search.cacheStats();
    }

    @Override
    public Optional<StoredDocument> document(String id) {
        return documents.get(id);
    }

    @Override
    public List<StoredDocument> documentsWithoutText(List<String> ids) {
        return documents.getWithoutText(ids);
    }

    @Override
    public Optional<List<StoredDocument>> related(String id) {
        return documents.related(id);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int max) {
        return suggestions.suggest(prefix, max);
    }

    @Override
    public boolean hasIndex() {
        return store.hasIndex();
    }

    @Override
    public int documentCount() {
        return store.documentCount();
    }

    @Override
    public String generation() {
        return store.generation();
    }

    @Override
    public String version() {
        // an incremental update keeps the generation and opens a new reader with a higher version
        return store.withSearcher(s -> store.generation() + "/"
                + ((org.apache.lucene.index.DirectoryReader) s.getIndexReader()).getVersion());
    }

    @Override
    public long sizeInBytes() {
        return store.sizeInBytes();
    }

    @Override
    public int schemaVersion() {
        return IndexFields.SCHEMA_VERSION;
    }

    @Override
    public Map<String, Integer> documentsPerSource() {
        return statistics.documentsPerSource();
    }
}
