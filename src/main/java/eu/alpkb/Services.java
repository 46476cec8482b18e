package eu.alpkb;

import eu.alpkb.admin.JobManager;
import eu.alpkb.admin.QueryLog;
import eu.alpkb.config.Config;
import eu.alpkb.config.IndexSettings;
import eu.alpkb.config.SolrSettings;
import eu.alpkb.config.SourceConfig;
import eu.alpkb.config.Text;
import eu.alpkb.enrich.Enricher;
import eu.alpkb.extract.ContentExtractor;
import eu.alpkb.index.Analyzers;
import eu.alpkb.index.DocumentIndex;
import eu.alpkb.index.DocumentMapper;
import eu.alpkb.index.DocumentService;
import eu.alpkb.index.DocumentStream;
import eu.alpkb.index.IndexStore;
import eu.alpkb.index.LuceneReader;
import eu.alpkb.index.SearchService;
import eu.alpkb.index.SuggestService;
import eu.alpkb.index.solr.Configset;
import eu.alpkb.index.solr.SolrCluster;
import eu.alpkb.index.solr.SolrIndex;
import eu.alpkb.index.solr.SolrReader;
import eu.alpkb.ingest.PageReader;
import eu.alpkb.ingest.Source;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Sources;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Builds every service from the configuration and the data folder, in dependency order, and closes them in reverse.
 * The one place where the stages are wired together; commands and the web app take what they need from here.
 */
public final class Services implements AutoCloseable {
    private final Config config;
    private final Path dataDir;
    private final Analyzers analyzers;
    /** The embedded index, or null when a SolrCloud cluster holds the documents. */
    private final IndexStore store;
    private final DocumentIndex index;
    private final ContentExtractor extractor;
    private final Enricher enricher;
    private final Indexer indexer;
    private final Sources sources;
    private final FilterValues filterValues;
    private final SearchService search;
    private final SearchIndex reader;
    private final JobManager jobs;
    private final DocumentService documents;
    private final SuggestService suggest;
    /** The index whose publishes the suggestions, the caches and the knowledge base follow. */
    private final DocumentStream changes;
    private final QueryLog queryLog;

    /**
     * @param webSources builds crawler sources from their configuration and the reader of their pages (this
     *                   service's extractor, so a page is parsed once), or null without crawling
     */
    public Services(Config config, Path dataDir, BiFunction<SourceConfig, PageReader, Source> webSources)
            throws IOException {
        this.config = config;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        List<List<String>> synonymGroups = synonymGroups(config);
        this.analyzers = new Analyzers(synonyms(synonymGroups));
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig(), config.vocabularies());
        this.filterValues = new FilterValues(config.vocabularies());
        int cacheSize = config.service().server().resultCacheSize();
        if (config.service().index().backend().equals(IndexSettings.SOLRCLOUD)) {
            SolrCluster cluster = SolrCluster.connect(config.service().solr(), System.getenv(SolrSettings.USER_ENV),
                    System.getenv(SolrSettings.PASSWORD_ENV));
            SolrIndex solr = new SolrIndex(cluster, mapper, new Configset());
            this.store = null;
            this.index = solr;
            this.search = null;
            this.documents = null;
            this.changes = solr;
            this.suggest = new SuggestService(solr, config.vocabularies(), analyzers.folded(),
                    this.dataDir.resolve("suggest"));
            this.reader = new SolrReader(solr, cluster, analyzers, config.service().index(), filterValues, suggest,
                    cacheSize);
        } else {
            this.store = new IndexStore(this.dataDir.resolve("index"), analyzers.index(), mapper);
            this.index = store;
            this.search = new SearchService(store, analyzers, config.service().index(), filterValues, cacheSize);
            this.documents = new DocumentService(store, analyzers);
            this.changes = store;
            this.suggest = new SuggestService(store, config.vocabularies(), analyzers.folded(),
                    this.dataDir.resolve("suggest"));
            this.reader = new LuceneReader(store, search, documents, suggest);
        }
        this.extractor = new ContentExtractor();
        this.enricher = new Enricher(config.vocabularies());
        this.indexer = new Indexer(index, extractor, enricher, Runtime.getRuntime().availableProcessors());
        this.sources = new Sources(config, webSources == null ? null : sc -> webSources.apply(sc, extractor));
        this.jobs = new JobManager(indexer, this.dataDir.resolve("state"));
        this.queryLog = new QueryLog(this.dataDir.resolve("state").resolve("queries.json"),
                java.time.Clock.systemUTC());
    }

    /** Query-time synonyms: the configured groups plus every region's names across languages, folded. */
    private static List<List<String>> synonymGroups(Config config) {
        List<List<String>> groups = new ArrayList<>(config.vocabularies().synonyms());
        config.vocabularies().regions().values().forEach(r -> {
            List<String> names = new ArrayList<>(r.names().values());
            if (names.size() > 1) {
                groups.add(names);
            }
        });
        List<List<String>> folded = new ArrayList<>();
        for (List<String> group : groups) {
            List<String> words = new ArrayList<>();
            for (String term : group) {
                String f = Text.fold(term);
                if (!f.isEmpty()) {
                    words.add(f);
                }
            }
            folded.add(words);
        }
        return folded;
    }

    private static SynonymMap synonyms(List<List<String>> groups) {
        try {
            SynonymMap.Builder b = new SynonymMap.Builder(true);
            for (List<String> group : groups) {
                List<CharsRef> terms = new ArrayList<>();
                for (String folded : group) {
                    terms.add(SynonymMap.Builder.join(folded.split(" "), new CharsRefBuilder()));
                }
                for (CharsRef a : terms) {
                    for (CharsRef b2 : terms) {
                        if (!a.equals(b2)) {
                            b.add(a, b2, true);
                        }
                    }
                }
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Config config() {
        return config;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** @return the embedded index, or null when the documents are in SolrCloud */
    public IndexStore store() {
        return store;
    }

    /** @return the index as runs write it, whichever engine holds it */
    public DocumentIndex index() {
        return index;
    }

    public Indexer indexer() {
        return indexer;
    }

    public Sources sources() {
        return sources;
    }

    /** @return the index as searches, pages, exports and the command line read it */
    public SearchIndex reader() {
        return reader;
    }

    public FilterValues filterValues() {
        return filterValues;
    }

    public JobManager jobs() {
        return jobs;
    }

    /** Registers code to run after each publish of the index (a full or incremental run), in either engine. */
    public void onIndexChange(Runnable listener) {
        changes.onChange(listener);
    }

    /** @return the completions of the embedded index, for their lifecycle */
    public SuggestService suggestions() {
        return suggest;
    }

    /** Starts building completions in the background; only a serving app needs them. */
    public void startSuggestions() throws IOException {
        suggest.start();
    }

    public QueryLog queryLog() {
        return queryLog;
    }

    public Enricher enricher() {
        return enricher;
    }

    public ContentExtractor extractor() {
        return extractor;
    }

    public Analyzers analyzers() {
        return analyzers;
    }

    @Override
    public void close() throws Exception {
        jobs.close();
        queryLog.save();
        suggest.close();
        extractor.close();
        index.close();
    }
}
