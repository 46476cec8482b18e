package eu.alpkb.index.solr;

import eu.alpkb.config.IndexSettings;
import eu.alpkb.index.Analyzers;
import eu.alpkb.index.DocumentMapper;
import eu.alpkb.index.DocumentService;
import eu.alpkb.index.FilledList;
import eu.alpkb.index.HitHighlighter;
import eu.alpkb.index.IndexFields;
import eu.alpkb.index.MarkingFormatter;
import eu.alpkb.index.RelatedQuery;
import eu.alpkb.index.Snippets;
import eu.alpkb.index.Spelling;
import eu.alpkb.index.SuggestService;
import eu.alpkb.index.TextMarker;
import eu.alpkb.index.UserQueryParser;
import eu.alpkb.search.CacheStats;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.FacetValue;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.Html;
import eu.alpkb.search.QueryNotice;
import eu.alpkb.search.ResultCache;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.Mentions;
import eu.alpkb.search.StoredDocument;
import eu.alpkb.search.Suggestion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The index as readers meet it, answered by SolrCloud. The query is parsed by the same parser as the embedded index's
 * and sent term by term ({@link SolrQueries}); filters are tagged so each dimension's counts leave out its own
 * filters (the JSON Facet API's {@code excludeTags}, as the embedded index counts from bit sets of each filter), and
 * the facet trees are rebuilt from one list of depth-prefixed terms per dimension.
 */
public final class SolrReader implements SearchIndex {
    private static final int MAX_FACET_VALUES = 200;
    private static final int FEW_HITS = 3;
    private static final int EXPORT_BATCH = 500;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    /** Every stored field a hit or an export row shows; the text only as a snippet's fallback. */
    private static final String HIT_FIELDS = String.join(",", IndexFields.ID, IndexFields.URL,
            IndexFields.CANONICAL_URL, IndexFields.SOURCE, IndexFields.TITLE, IndexFields.SUMMARY, IndexFields.AUTHOR,
            IndexFields.DATE, IndexFields.LANG, IndexFields.TYPE, IndexFields.CONTENT_TYPE, IndexFields.PAGE_COUNT,
            IndexFields.PAGE_STARTS,
            IndexFields.FETCHED_AT, IndexFields.ARCHIVED, IndexFields.TAGS_JSON, IndexFields.ALSO_FROM,
            IndexFields.PEOPLE, IndexFields.FOUND_ORGS, IndexFields.EVENT_DATE, IndexFields.EVENT_PLACE,
            IndexFields.EVENT_EVIDENCE, IndexFields.EVENT_END_DATE, IndexFields.EVENT_NAME, IndexFields.EVENT_ORGANISER,
            "score");

    private final SolrCluster cluster;
    private final SolrIndex index;
    private final IndexSettings settings;
    private final FilterValues values;
    private final UserQueryParser parser;
    private final TextMarker marker;
    private final HitHighlighter highlighter;
    private final Analyzers analyzers;
    private final SuggestService suggest;
    private final ResultCache cache;
    /** Counts published sessions: answers cached before one are stale. */
    private final AtomicLong version = new AtomicLong();
    private volatile Long newestDay;

    public SolrReader(SolrIndex index, SolrCluster cluster, Analyzers analyzers, IndexSettings settings,
                      FilterValues values, SuggestService suggest, int cacheSize) {
        this.index = index;
        this.cluster = cluster;
        this.settings = settings;
        this.values = values;
        this.analyzers = analyzers;
        this.suggest = suggest;
        this.marker = new TextMarker(analyzers);
        this.highlighter = new HitHighlighter(analyzers);
        this.cache = new ResultCache(cacheSize);
        this.parser = new UserQueryParser(analyzers, settings, this::syntaxFilter, this::placeQuery);
        index.onPublish(() -> {
            version.incrementAndGet();
            newestDay = null;
            cache.clear();
        });
    }

    private Query syntaxFilter(String dim, String value) {
        return facetQuery(dim, values.path(dim, value));
    }

    /** A place or region named in the query finds its tag too; so does a sector named in any language. */
    private Query placeQuery(String text) {
        String[] path = values.placePath(text);
        if (path != null) {
            return facetQuery(IndexFields.REGION, path);
        }
        String[] sector = values.sectorPathByName(text);
        return sector == null ? null : facetQuery(IndexFields.SECTOR, sector);
    }

    private static Query facetQuery(String dim, String[] path) {
        return new TermQuery(new Term(SolrDocuments.facetField(dim), SolrDocuments.facetTerm(dim, List.of(path))));
    }

    @Override
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        UserQueryParser.Parsed parsed = parser.parse(request.query());
        values.validate(request);
        if (!hasIndex()) {
            return new SearchResult(request, 0, List.of(), Map.of(), null, false, elapsed(start), parsed.notices());
        }
        SearchResult result = cache.get(version.get(), request, () -> run(request, parsed, start));
        return new SearchResult(result.request(), result.total(), result.hits(), result.facets(), result.suggestion(),
                result.fuzzy(), elapsed(start), result.notices());
    }

    private SearchResult run(SearchRequest request, UserQueryParser.Parsed parsed, long start) {
        Page page = execute(request, parsed, parsed.relevance(), parsed.relevance(), parsed.matchAll());
        boolean fuzzy = false;
        // asked of the collection once per word, for the typo search and the suggestion both
        Map<String, Boolean> knownWords = new HashMap<>();
        java.util.function.Predicate<String> known = w -> knownWords.computeIfAbsent(w, this::known);
        // a word the collection does not know is a typo to mend before settling for documents with some of the words
        if (page.total == 0 && !parsed.words().isEmpty()) {
            Query fuzzyQuery = parser.fuzzyFallback(parsed, known);
            if (fuzzyQuery != null) {
                Page fuzzyPage = execute(request, parsed, fuzzyQuery, fuzzyQuery, false);
                if (fuzzyPage.total > 0) {
                    page = fuzzyPage;
                    fuzzy = true;
                }
            }
        }
        // fewer documents than a page with all the words: those with some of them follow, as the embedded index
        // lists them
        long allWords = -1;
        if (!fuzzy && parsed.someWordsFollow(page.total, request.size())) {
            Page some = filled(request, parsed, page);
            if (some.total > page.total) {
                allWords = page.total;
                page = some;
            }
        }
        String suggestion = (allWords > 0 ? allWords : page.total) < FEW_HITS || fuzzy
                ? suggest(request.query(), parsed.words(), known) : null;
        List<QueryNotice> notices = new ArrayList<>();
        if (allWords >= 0) {
            notices.add(QueryNotice.someWords(allWords));
        }
        notices.addAll(parsed.notices());
        return new SearchResult(request, page.total, page.hits, page.facets, suggestion, fuzzy, elapsed(start),
                List.copyOf(notices));
    }

    private record Page(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {
    }

    private Page execute(SearchRequest request, UserQueryParser.Parsed parsed, Query relevance, Query highlight,
                         boolean matchAll) {
        return execute(request, parsed, relevance, highlight, matchAll, (request.page() - 1) * request.size(),
                request.size());
    }

    private Page execute(SearchRequest request, UserQueryParser.Parsed parsed, Query relevance, Query highlight,
                         boolean matchAll, int from, int rows) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        query(p, request, parsed, relevance, matchAll);
        p.set("start", from);
        p.set("rows", rows);
        p.set("fl", HIT_FIELDS + "," + IndexFields.TEXT);
        p.set("json.facet", facetJson(request));
        QueryResponse r = send(p);
        SolrDocumentList docs = r.getResults();
        return new Page(docs.getNumFound(), hits(docs, highlight, parsed.quoted()), facets(r, request));
    }

    /**
     * @param strict the search for all (or, in a longer query, most) of the words, with fewer hits than a page
     * @return the documents with all the words in their order, then those with only some of them in theirs; the
     *         total and counts are those of every document with some of the words, of which the former are a part
     */
    private Page filled(SearchRequest request, UserQueryParser.Parsed parsed, Page strict) {
        int first = (int) strict.total;
        int end = request.page() * request.size();
        // every hit marked with the words of either search, as the embedded index marks them
        List<SearchHit> allWords = first == 0 ? List.of()
                : execute(request, parsed, parsed.relevance(), parsed.relaxed(), false, 0, first).hits;
        Page some = execute(request, parsed, parsed.relaxed(), parsed.relaxed(), false, 0, end + first);
        List<SearchHit> ranked = FilledList.of(allWords, some.hits, SearchHit::id, end);
        int from = Math.min(ranked.size(), (request.page() - 1) * request.size());
        return new Page(some.total, List.copyOf(ranked.subList(from, ranked.size())), some.facets);
    }

    /** Sets the main query, the filters and the order of {@code request} on {@code p}. */
    private void query(ModifiableSolrParams p, SearchRequest request, UserQueryParser.Parsed parsed, Query relevance,
                       boolean matchAll) {
        SolrQueries writer = writer(p, "q");
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(relevance, Occur.MUST);
        for (UserQueryParser.BooleanClauseSpec f : parsed.filters()) {
            b.add(f.query(), f.occur());
        }
        String main = writer.write(b.build());
        if (!matchAll && settings.recency()) {
            long newest = newestDayValue();
            if (newest != Long.MIN_VALUE) {
                p.set("recency", recency(newest));
                p.set("scored", main);
                main = "{!boost b=$recency v=$scored}";
            }
        }
        p.set("q", main);
        if (request.from() != null || request.to() != null) {
            String lo = request.from() == null ? String.valueOf(Long.MIN_VALUE + 1)
                    : String.valueOf(request.from().toEpochDay());
            String hi = request.to() == null ? String.valueOf(Long.MAX_VALUE)
                    : String.valueOf(request.to().toEpochDay());
            p.add("fq", IndexFields.DATE + ":[" + lo + " TO " + hi + "]");
        }
        // an event overlapping the days asked for, as the embedded index has it
        if (request.eventFrom() != null) {
            p.add("fq", IndexFields.EVENT_END + ":[" + request.eventFrom().toEpochDay() + " TO *]");
        }
        if (request.eventTo() != null) {
            p.add("fq", IndexFields.EVENT_START + ":[* TO " + request.eventTo().toEpochDay() + "]");
        }
        if (request.eventPlace() != null) {
            String[] place = values.path(IndexFields.REGION, request.eventPlace());
            p.set("eventPlace", place[place.length - 1]);
            p.add("fq", "{!term f=" + IndexFields.EVENT_PLACES + " v=$eventPlace}");
        }
        if (request.eventOrganisers() != null) {
            // a name may hold a comma, the terms parser's own separator: joined as the written queries join terms
            p.set("eventOrganiserSeparator", SolrQueries.TERMS_SEPARATOR);
            p.set("eventOrganisers", String.join(SolrQueries.TERMS_SEPARATOR, request.eventOrganisers()));
            p.add("fq", "{!terms f=" + IndexFields.EVENT_ORGANISER
                    + " separator=$eventOrganiserSeparator v=$eventOrganisers}");
        }
        int n = 0;
        for (Dimension dim : Dimension.all()) {
            List<String> terms = new ArrayList<>();
            for (String v : request.filter(dim.key())) {
                terms.add(SolrDocuments.facetTerm(dim.key(), List.of(values.path(dim.key(), v))));
            }
            if (!terms.isEmpty()) {
                String name = "fv" + (n++);
                p.set(name, String.join(",", terms));
                p.add("fq", "{!terms tag=" + dim.key() + " f=" + SolrDocuments.facetField(dim.key()) + " v=$" + name
                        + "}");
            }
        }
        // ties of a sort by date are settled by the id, as the embedded index settles them
        String byId = "," + IndexFields.ID + " asc";
        p.set("sort", switch (request.sort()) {
            case DATE_DESC -> IndexFields.DATE + " desc,score desc" + byId;
            case DATE_ASC -> IndexFields.DATE + " asc,score desc" + byId;
            case EVENT_ASC -> IndexFields.EVENT_START + " asc,score desc" + byId;
            case EVENT_DESC -> IndexFields.EVENT_START + " desc,score desc" + byId;
            case RELEVANCE -> matchAll ? IndexFields.DATE + " desc,score desc" + byId : "score desc";
        });
    }

    /** The embedded index's recency factor as a Solr function; undated documents keep 1. */
    private String recency(long newest) {
        return "if(gt(field(" + IndexFields.DATE + ")," + (Long.MIN_VALUE / 2) + "),sum(1,product("
                + settings.recencyWeight() + ",pow(0.5,div(max(0,sub(" + newest + ",field(" + IndexFields.DATE
                + "))),"
                + settings.recencyScaleDays() + ")))),1)";
    }

    private SolrQueries writer(ModifiableSolrParams p, String prefix) {
        return new SolrQueries(p, prefix, this::count, this::documentCount, IndexSearcher.getMaxClauseCount());
    }

    /**
     * @return the documents each query matches, for queries whose form depends on it: one request, a query facet a
     *         query
     */
    private int[] count(List<Query> queries) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueries writer = new SolrQueries(p, "c", q -> new int[q.size()], () -> 0, IndexSearcher.getMaxClauseCount());
        Map<String, Object> facets = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            facets.put("w" + i, Map.of("type", "query", "q", writer.write(queries.get(i))));
        }
        p.set("q", "*:*");
        p.set("rows", 0);
        try {
            p.set("json.facet", JSON.writeValueAsString(facets));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        NamedList<?> answer = (NamedList<?>) send(p).getResponse().get("facets");
        int[] counts = new int[queries.size()];
        for (int i = 0; i < counts.length; i++) {
            Object bucket = answer == null ? null : answer.get("w" + i);
            counts[i] = bucket instanceof NamedList<?> b && b.get("count") instanceof Number n ? n.intValue() : 0;
        }
        return counts;
    }

    /**
     * The hits of a page, their words marked from the stored title and text with the embedded index's highlighter
     * settings, so both engines show the same snippets.
     */
    private List<SearchHit> hits(SolrDocumentList docs, Query highlight, boolean strictPhrases) {
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument d : docs) {
            StoredDocument sd = DocumentMapper.toStored(SolrDocuments.toStoredFields(d));
            // browsing has no words to mark: the snippet is the summary, as the embedded index gives it
            boolean marking = !(highlight instanceof org.apache.lucene.search.MatchAllDocsQuery);
            MarkingFormatter.Marked passages = marking ? highlighter.passages(highlight, sd.text(), strictPhrases)
                    : null;
            String snippet = Snippets.of(passages == null ? null : passages.html(), sd.summary(), sd::text);
            String title = marking ? highlighter.title(highlight, sd.title(), strictPhrases) : null;
            String titleHtml = title == null || title.isBlank() ? Html.escape(sd.title()) : title;
            Object score = d.getFieldValue("score");
            hits.add(new SearchHit(sd.id(), sd.url(), sd.title(), titleHtml, sd.type(), sd.date(), sd.lang(),
                    sd.regions(), sd.sectors(), snippet, score instanceof Number n ? n.floatValue() : 0f,
                    sd.archived(), sd.event(), passages == null ? 0 : sd.pageAt(passages.bestStart())));
        }
        return hits;
    }

    /** One terms facet per dimension, each leaving out its own filters. */
    private static String facetJson(SearchRequest request) {
        StringBuilder sb = new StringBuilder("{");
        for (Dimension dim : Dimension.all()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(dim.key()).append(":{type:terms,field:").append(SolrDocuments.facetField(dim.key()))
                    .append(",limit:-1,mincount:1,sort:{count:desc}");
            if (!request.filter(dim.key()).isEmpty()) {
                sb.append(",domain:{excludeTags:").append(dim.key()).append('}');
            }
            sb.append('}');
        }
        return sb.append('}').toString();
    }

    private Map<String, List<FacetValue>> facets(QueryResponse r, SearchRequest request) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        NamedList<?> all = (NamedList<?>) r.getResponse().get("facets");
        for (Dimension dim : Dimension.all()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Object facet = all == null ? null : all.get(dim.key());
            if (facet instanceof NamedList<?> f && f.get("buckets") instanceof List<?> buckets) {
                for (Object o : buckets) {
                    NamedList<?> bucket = (NamedList<?>) o;
                    counts.put(bucket.get("val").toString(), ((Number) bucket.get("count")).intValue());
                }
            }
            out.put(dim.key(), children(dim, counts, request, new ArrayList<>()));
        }
        return out;
    }

    private List<FacetValue> children(Dimension dim, Map<String, Integer> counts, SearchRequest request,
                                      List<String> path) {
        String prefix = dim.hierarchical() ? SolrDocuments.childPrefix(path) : "";
        // whole paths: a month is selected in its own year only, not in every year that has one of the same name
        List<List<String>> selected = new ArrayList<>();
        for (String v : request.filter(dim.key())) {
            selected.add(List.of(values.path(dim.key(), v)));
        }
        List<FacetValue> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (out.size() == MAX_FACET_VALUES) {
                break;
            }
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String label = e.getKey().substring(prefix.length());
            if (label.indexOf(SolrDocuments.PATH_SEPARATOR) >= 0 && dim.hierarchical()) {
                continue;
            }
            List<String> childPath = new ArrayList<>(path);
            childPath.add(label);
            List<FacetValue> grandChildren = dim.hierarchical() ? children(dim, counts, request, childPath)
                    : List.of();
            out.add(new FacetValue(label, values.label(dim.key(), childPath, request.locale()), e.getValue(),
                    selected.contains(childPath), grandChildren));
        }
        if (dim == Dimension.YEAR) {
            out.sort((a, b) -> path.isEmpty() ? b.value().compareTo(a.value()) : a.value().compareTo(b.value()));
        }
        return out;
    }

    /** @return whether a field searched for words holds {@code word} as typed, case and accents aside */
    private boolean known(String word) {
        // one request for every field: a clause per field, each the word as that field folds it
        ModifiableSolrParams p = new ModifiableSolrParams();
        StringBuilder clauses = new StringBuilder("{!bool");
        List<String> fields = parser.spellingFields();
        for (int i = 0; i < fields.size(); i++) {
            clauses.append(" should=$f").append(i);
            p.set("f" + i, "{!term f=" + fields.get(i) + " v=$w" + i + "}");
            p.set("w" + i, analyzers.folded().normalize(fields.get(i), word).utf8ToString());
        }
        p.set("q", clauses.append('}').toString());
        p.set("rows", 0);
        return send(p).getResults().getNumFound() > 0;
    }

    /** Replaces each word the index does not know by its closest known word, when that changes anything. */
    private String suggest(String query, List<String> words, java.util.function.Predicate<String> known) {
        if (words.isEmpty()) {
            return null;
        }
        String suggestion = query;
        boolean changed = false;
        for (String word : words) {
            String norm = analyzers.folded().normalize(IndexFields.TEXT, word).utf8ToString();
            if (norm.length() < 3 || known.test(word)) {
                continue;
            }
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "*:*");
            p.set("rows", 0);
            p.set("spellcheck", true);
            p.set("spellcheck.q", norm);
            p.set("spellcheck.count", Spelling.CANDIDATES);
            p.set("spellcheck.extendedResults", true);
            SpellCheckResponse spell = send(p).getSpellCheckResponse();
            if (spell == null || spell.getSuggestions().isEmpty()) {
                continue;
            }
            SpellCheckResponse.Suggestion offered = spell.getSuggestions().get(0);
            List<Spelling.Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < offered.getAlternatives().size(); i++) {
                List<Integer> freqs = offered.getAlternativeFrequencies();
                candidates.add(new Spelling.Candidate(offered.getAlternatives().get(i),
                        freqs == null || i >= freqs.size() ? 0 : freqs.get(i)));
            }
            String best = Spelling.best(norm, candidates);
            if (best != null) {
                suggestion = suggestion.replace(word, best);
                changed = true;
            }
        }
        return changed ? suggestion : null;
    }

    /** Tries of one search before it fails: a node stopping mid-request fails the search it serves. */
    private static final int SEARCH_ATTEMPTS = 3;
    /** Pause before the next try, times the tries so far: the cluster's state learns that a node has gone. */
    private static final long RETRY_PAUSE_MS = 100;

    /**
     * A search is asked again, of whichever replica answers, when a node fails it: an answer without results, an
     * error page instead of Solr's answer, or no answer from a node stopping while it serves the request. A search
     * Solr refuses as bad (400), or one that timed out, is not asked again.
     *
     * @throws SolrUnavailableException when the cluster fails the search {@link #SEARCH_ATTEMPTS} times
     */
    private QueryResponse send(ModifiableSolrParams p) {
        for (int attempt = 1; ; attempt++) {
            SolrUnavailableException failure;
            try {
                QueryResponse r = cluster.send(new QueryRequest(p, SolrRequest.METHOD.POST), index.alias());
                if (r.getResults() != null) {
                    return r;
                }
                failure = new SolrUnavailableException("SolrCloud answered a search without its results", null);
            } catch (SolrUnavailableException e) {
                if (e.getCause() instanceof org.apache.solr.common.SolrException s
                        && s.code() == org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST.code
                        || timedOut(e)) {
                    throw e; // asked again, it would be refused again, or wait as long again
                }
                failure = e;
            }
            if (attempt == SEARCH_ATTEMPTS) {
                throw failure;
            }
            try {
                Thread.sleep(RETRY_PAUSE_MS * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }


    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void validate(SearchRequest request) {
        parser.parse(request.query());
        values.validate(request);
    }

    @Override
    public List<String> markTexts(String query, List<String> texts, String lang) {
        List<String> none = new ArrayList<>(java.util.Collections.nCopies(texts.size(), (String) null));
        if (query == null || query.isBlank()) {
            return none;
        }
        UserQueryParser.Parsed parsed = parser.parse(query);
        return parsed.matchAll() ? none : marker.mark(parsed.relevance(), texts, lang);
    }

    @Override
    public long export(SearchRequest request, Consumer<StoredDocument> sink) {
        UserQueryParser.Parsed parsed = parser.parse(request.query());
        values.validate(request);
        if (!hasIndex()) {
            return 0;
        }
        long written = exportAll(p -> query(p, request, parsed, parsed.relevance(), parsed.matchAll()), sink);
        // the rows a search lists: after fewer documents than a page with all the words, those with some of them
        if (parsed.someWordsFollow(written, request.size())) {
            written += exportAll(p -> query(p, request, parsed, parsed.someWordsOnly(), false), sink);
        }
        return written;
    }

    @Override
    public long exportWithFoundOrganisations(Consumer<StoredDocument> sink) {
        if (!hasIndex()) {
            return 0;
        }
        return exportAll(p -> {
            p.set("q", "{!term f=" + IndexFields.WITH_FOUND_ORGS + " v=true}");
            p.set("sort", IndexFields.DATE + " asc");
        }, sink);
    }

    @Override
    public Mentions mentioning(String orgId, int max) {
        if (orgId == null || orgId.isBlank() || max < 0 || !hasIndex()) {
            return Mentions.NONE;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        // the id as a parameter of its own, so that no character of it is read as query syntax
        p.set("q", "{!term f=" + IndexFields.ORG_MENTIONS + " v=$org}");
        p.set("org", orgId);
        p.set("sort", IndexFields.DATE + " asc," + IndexFields.ID + " asc");
        p.set("rows", max);
        p.set("fl", STORED_FIELDS);
        QueryResponse r = send(p);
        List<StoredDocument> docs = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            docs.add(DocumentMapper.toStored(SolrDocuments.toStoredFields(d)));
        }
        return new Mentions(r.getResults().getNumFound(), docs);
    }

    /** Streams every document the parameters {@code query} sets select, in their order, with a cursor. */
    private long exportAll(Consumer<ModifiableSolrParams> query, Consumer<StoredDocument> sink) {
        long written = 0;
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            query.accept(p);
            // a cursor needs a total order: the id settles ties
            if (!p.get("sort").endsWith(IndexFields.ID + " asc")) {
                p.set("sort", p.get("sort") + "," + IndexFields.ID + " asc");
            }
            p.set("rows", EXPORT_BATCH);
            p.set("fl", HIT_FIELDS);
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = send(p);
            for (SolrDocument d : r.getResults()) {
                sink.accept(DocumentMapper.toStored(SolrDocuments.toStoredFields(d)));
                written++;
            }
            if (cursor.equals(r.getNextCursorMark())) {
                return written;
            }
            cursor = r.getNextCursorMark();
        }
    }

    @Override
    public LocalDate newestDate() {
        long day = hasIndex() ? newestDayValue() : Long.MIN_VALUE;
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    /** The newest publication day in the whole collection, as the recency factor needs it; kept until a change. */
    private long newestDayValue() {
        Long known = newestDay;
        if (known != null) {
            return known;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("json.facet", "{newest:\"max(" + IndexFields.DATE + ")\"}");
        NamedList<?> facets = (NamedList<?>) send(p).getResponse().get("facets");
        Object max = facets == null ? null : facets.get("newest");
        long day = max instanceof Number n ? n.longValue() : Long.MIN_VALUE;
        newestDay = day;
        return day;
    }

    @Override
    public CacheStats cacheStats() {
        return cache.stats();
    }

    @Override
    public Optional<StoredDocument> document(String id) {
        if (id == null || !DocumentService.ID.matcher(id).matches() || !hasIndex()) {
            return Optional.empty();
        }
        return index.realTimeGet(index.alias(), id).map(d -> DocumentMapper.toStored(SolrDocuments.toStoredFields(d)));
    }

    @Override
    public List<StoredDocument> documentsWithoutText(List<String> ids) {
        List<String> valid = ids.stream().filter(id -> id != null && DocumentService.ID.matcher(id).matches())
                .toList();
        if (valid.isEmpty() || !hasIndex()) {
            return List.of();
        }
        Map<String, StoredDocument> byId = new java.util.HashMap<>();
        for (SolrDocument d : index.realTimeGet(index.alias(), valid, STORED_FIELDS)) {
            StoredDocument sd = DocumentMapper.toStored(SolrDocuments.toStoredFields(d));
            byId.put(sd.id(), sd);
        }
        return valid.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** {@link #HIT_FIELDS} without the score, for reading documents by id. */
    private static final String STORED_FIELDS = HIT_FIELDS.replace(",score", "");

    @Override
    public Optional<List<StoredDocument>> related(String id) {
        Optional<SolrDocument> doc = id == null || !DocumentService.ID.matcher(id).matches() || !hasIndex()
                ? Optional.empty() : index.realTimeGet(index.alias(), id);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String field : RelatedQuery.FIELDS) {
            java.util.Collection<Object> stored = doc.get().getFieldValues(field);
            values.put(field, stored == null ? List.of() : stored.stream().map(Object::toString).toList());
        }
        // the words are chosen from counts of the whole collection, as the embedded index chooses them
        Query query = RelatedQuery.of(values, analyzers.index(),
                terms -> count(terms.stream().map(t -> (Query) new TermQuery(t)).toList()), documentCount(), id);
        if (query == null) {
            return Optional.of(List.of());
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", writer(p, "r").write(query));
        p.set("rows", DocumentService.RELATED);
        p.set("fl", HIT_FIELDS);
        List<StoredDocument> docs = new ArrayList<>();
        for (SolrDocument d : send(p).getResults()) {
            docs.add(DocumentMapper.toStored(SolrDocuments.toStoredFields(d)));
        }
        return Optional.of(docs);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int max) {
        return suggest.suggest(prefix, max);
    }

    @Override
    public boolean hasIndex() {
        return index.hasIndex();
    }

    @Override
    public int documentCount() {
        if (!hasIndex()) {
            return 0;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        return (int) send(p).getResults().getNumFound();
    }

    @Override
    public String generation() {
        return index.generation();
    }

    @Override
    public String version() {
        // every published session, full or incremental, counts one up
        String collection = index.generation();
        return collection == null ? null : collection + "/" + version.get();
    }

    @Override
    public long sizeInBytes() {
        String collection = index.generation();
        if (collection == null) {
            return 0;
        }
        var status = cluster.send(CollectionAdminRequest.collectionStatus(collection).setWithSizeInfo(true), null);
        long[] bytes = {0};
        sumSizes(status.getResponse(), bytes);
        return bytes[0];
    }

    /** Adds up every shard leader's {@code sizeInBytes} in a collection status answer. */
    private static void sumSizes(Object node, long[] bytes) {
        if (node instanceof NamedList<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if ("sizeInBytes".equals(list.getName(i)) && list.getVal(i) instanceof Number n) {
                    bytes[0] += n.longValue();
                } else {
                    sumSizes(list.getVal(i), bytes);
                }
            }
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("sizeInBytes".equals(k) && v instanceof Number n) {
                    bytes[0] += n.longValue();
                } else {
                    sumSizes(v, bytes);
                }
            });
        }
    }

    @Override
    public int schemaVersion() {
        return IndexFields.SCHEMA_VERSION;
    }

    @Override
    public Map<String, Integer> documentsPerSource() {
        Map<String, Integer> out = new TreeMap<>();
        if (!hasIndex()) {
            return out;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("json.facet", "{sources:{type:terms,field:" + IndexFields.SOURCE + ",limit:-1}}");
        NamedList<?> facets = (NamedList<?>) send(p).getResponse().get("facets");
        if (facets != null && facets.get("sources") instanceof NamedList<?> f
                && f.get("buckets") instanceof List<?> buckets) {
            for (Object o : buckets) {
                NamedList<?> b = (NamedList<?>) o;
                out.put(b.get("val").toString(), ((Number) b.get("count")).intValue());
            }
        }
        return out;
    }
}
