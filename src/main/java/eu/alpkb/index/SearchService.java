package eu.alpkb.index;

import eu.alpkb.config.IndexSettings;
import eu.alpkb.search.BadQueryException;
import eu.alpkb.search.CacheStats;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.FacetValue;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.Html;
import eu.alpkb.search.QueryNotice;
import eu.alpkb.search.ResultCache;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.StoredDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Answers searches on the live index: query parsing, filters with multi-select facet counts ({@link FacetedSearch}),
 * sorting, highlighting, typo tolerance and "did you mean".
 */
public final class SearchService {
    private static final int MAX_FACET_VALUES = 200;
    private static final int EXPORT_BATCH = 500;
    /** Fewer hits than this and a spelling suggestion is worth offering. */
    private static final int FEW_HITS = 3;
    /** Ties of a sort by date are settled by the id, as the SolrCloud backend settles them. */
    private static final SortField BY_ID = new SortField(IndexFields.ID, SortField.Type.STRING);
    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, true),
            SortField.FIELD_SCORE, BY_ID);
    private static final Sort OLDEST_FIRST = new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, false),
            SortField.FIELD_SCORE, BY_ID);
    /** Events in the order they take place; documents without an event date come last either way. */
    private static final Sort EVENTS_FIRST_FIRST = new Sort(eventSort(false), SortField.FIELD_SCORE, BY_ID);
    private static final Sort EVENTS_LATEST_FIRST = new Sort(eventSort(true), SortField.FIELD_SCORE, BY_ID);

    private static SortField eventSort(boolean reverse) {
        SortField f = new SortField(IndexFields.EVENT_START, SortField.Type.LONG, reverse);
        f.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }

    private final IndexStore store;
    private final Analyzers analyzers;
    private final IndexSettings settings;
    private final FilterValues values;
    private final UserQueryParser parser;
    private final FacetsConfig facetsConfig;

    private final ResultCache cache;

    /** @param cacheSize answers of recent searches to keep until the index changes; 0 keeps none */
    public SearchService(IndexStore store, Analyzers analyzers, IndexSettings settings, FilterValues values,
                         int cacheSize) {
        this.cache = new ResultCache(cacheSize);
        store.onChange(cache::clear);
        this.store = store;
        this.analyzers = analyzers;
        this.settings = settings;
        this.values = values;
        this.facetsConfig = store.facetsConfig();
        this.parser = new UserQueryParser(analyzers, settings, this::syntaxFilter, this::placeQuery);
    }

    private Query syntaxFilter(String dim, String value) {
        return new TermQuery(drillTerm(dim, values.path(dim, value)));
    }

    /** A place or region named in the query finds its tag too; so does a sector named in any language. */
    private Query placeQuery(String text) {
        String[] path = values.placePath(text);
        if (path != null) {
            return new TermQuery(drillTerm(IndexFields.REGION, path));
        }
        String[] sector = values.sectorPathByName(text);
        return sector == null ? null : new TermQuery(drillTerm(IndexFields.SECTOR, sector));
    }

    private Term drillTerm(String dim, String[] path) {
        return DrillDownQuery.term(facetsConfig.getDimConfig(dim).indexFieldName, dim, path);
    }

    /**
     * @throws BadQueryException when the query or a filter value cannot be used
     */
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        UserQueryParser.Parsed parsed = parser.parse(request.query());
        values.validate(request);
        SearchResult result = store.withSearcher(searcher -> cache.get(
                searcher.getIndexReader().getReaderCacheHelper().getKey(), request,
                () -> run(searcher, request, parsed, start)));
        if (result == null) {
            return new SearchResult(request, 0, List.of(), Map.of(), null, false, elapsed(start),
                    parsed.notices());
        }
        return new SearchResult(result.request(), result.total(), result.hits(), result.facets(), result.suggestion(),
                result.fuzzy(), elapsed(start), result.notices());
    }

    /**
     * Checks a request without searching, for answers that must fail before anything is sent.
     *
     * @throws BadQueryException when the query or a filter value cannot be used
     */
    public void validate(SearchRequest request) {
        parser.parse(request.query());
        values.validate(request);
    }

    /**
     * Marks the words of {@code query} in each of {@code texts} (a document's paragraphs), for showing a whole
     * document with the words its reader searched for. The query is read once for all of them. Each text is read as
     * the document's language first, so "devices" marks "device" in an English text, then as accent- and case-folded
     * words.
     *
     * @param lang the document's language, or null
     * @return for each text, escaped HTML with {@code <mark>} around each match, or null when nothing in it matches
     *         (all null when the query has no words)
     */
    public List<String> markTexts(String query, List<String> texts, String lang) {
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(texts.size(), (String) null));
        if (query == null || query.isBlank()) {
            return out;
        }
        UserQueryParser.Parsed parsed = parser.parse(query);
        if (parsed.matchAll()) {
            return out;
        }
        return new TextMarker(analyzers).mark(parsed.relevance(), texts, lang);
    }

    /** How the cache of recent answers is doing. */
    public CacheStats cacheStats() {
        return cache.stats();
    }

    private SearchResult run(FacetSearcher searcher, SearchRequest request, UserQueryParser.Parsed parsed,
                             long start) {
        try {
            Query base = baseQuery(searcher, request, parsed, parsed.relevance(), null);
            Page page = execute(searcher, request, base, parsed.matchAll());
            boolean fuzzy = false;
            long allWords = -1;
            // Snippets mark the words searched for; filters and ranking tiers have nothing to mark.
            Query highlight = parsed.relevance();
            // looked up once per word, for the typo search and the suggestion both
            Map<String, Boolean> knownWords = new HashMap<>();
            Predicate<String> known = w -> knownWords.computeIfAbsent(w, x -> known(searcher.getIndexReader(), x));
            SharedFuzzyQuery.PerSearch automata = new SharedFuzzyQuery.PerSearch();
            // A word the index does not know is a typo to mend before settling for documents with some of the words:
            // "clustre managment" asks for cluster management, not for whatever holds one of its words
            if (page.total == 0 && !parsed.words().isEmpty()) {
                Query fuzzyQuery = parser.fuzzyFallback(parsed, known, automata);
                if (fuzzyQuery != null) {
                    // Rewritten once to the words within reach: the search and the snippets then share its terms
                    // instead of each building the Levenshtein automata of every word and field again.
                    fuzzyQuery = searcher.rewrite(fuzzyQuery);
                    Page fuzzyPage = execute(searcher, request,
                            baseQuery(searcher, request, parsed, fuzzyQuery, null), false);
                    if (fuzzyPage.total > 0) {
                        page = fuzzyPage;
                        fuzzy = true;
                        highlight = fuzzyQuery;
                    }
                }
            }
            // Fewer documents than a page with all the words: those with some of them follow, as many engines list
            // the partial matches after the full ones; with none at all, they are the whole answer
            if (!fuzzy && parsed.someWordsFollow(page.total, request.size())) {
                Page some = filled(searcher, request, parsed, page);
                if (some.total > page.total) {
                    allWords = page.total;
                    page = some;
                    highlight = parsed.relaxed();
                }
            }
            // a suggestion counts the documents with all the words when some have them all
            String suggestion = (allWords > 0 ? allWords : page.total) < FEW_HITS || fuzzy
                    ? suggest(searcher, request.query(), parsed.words(), known, automata) : null;
            List<SearchHit> hits = hits(searcher, pageOf(request, page.ranked), highlight, parsed.quoted());
            List<QueryNotice> notices = new ArrayList<>();
            if (allWords >= 0) {
                notices.add(QueryNotice.someWords(allWords));
            }
            notices.addAll(parsed.notices());
            return new SearchResult(request, page.total, hits, page.facets, suggestion, fuzzy, elapsed(start),
                    List.copyOf(notices));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Query baseQuery(FacetSearcher searcher, SearchRequest request, UserQueryParser.Parsed parsed,
                            Query relevance, Query tier) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (parsed.matchAll() && relevance instanceof MatchAllDocsQuery) {
            b.add(relevance, Occur.MUST);
        } else {
            Query scored = relevance;
            if (settings.recency()) {
                long newest = newestDay(searcher);
                if (newest != Long.MIN_VALUE) {
                    scored = FunctionScoreQuery.boostByValue(relevance, new RecencyBoost(IndexFields.DATE, newest,
                            settings.recencyWeight(), settings.recencyScaleDays(), searcher));
                }
            }
            b.add(scored, Occur.MUST);
            if (tier != null) {
                b.add(tier, Occur.SHOULD);
            }
        }
        for (UserQueryParser.BooleanClauseSpec f : parsed.filters()) {
            b.add(f.query(), f.occur());
        }
        if (request.from() != null || request.to() != null) {
            long lo = request.from() == null ? Long.MIN_VALUE + 1 : request.from().toEpochDay();
            long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(IndexFields.DATE, lo, hi), Occur.FILTER);
        }
        // an event overlapping the days asked for: it ends on or after the first and starts on or before the last
        if (request.eventFrom() != null) {
            b.add(LongPoint.newRangeQuery(IndexFields.EVENT_END, request.eventFrom().toEpochDay(), Long.MAX_VALUE),
                    Occur.FILTER);
        }
        if (request.eventTo() != null) {
            b.add(LongPoint.newRangeQuery(IndexFields.EVENT_START, Long.MIN_VALUE, request.eventTo().toEpochDay()),
                    Occur.FILTER);
        }
        if (request.eventPlace() != null) {
            String[] place = values.path(IndexFields.REGION, request.eventPlace());
            b.add(new TermQuery(new Term(IndexFields.EVENT_PLACES, place[place.length - 1])), Occur.FILTER);
        }
        if (request.eventOrganisers() != null) {
            b.add(new TermInSetQuery(IndexFields.EVENT_ORGANISER,
                    request.eventOrganisers().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        return b.build();
    }

    private static long newestDay(IndexSearcher searcher) throws IOException {
        byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), IndexFields.DATE);
        return max == null ? Long.MIN_VALUE : LongPoint.decodeDimension(max, 0);
    }

    /** The base query restricted by the request's filters: OR within a dimension, AND across them. */
    private DrillDownQuery drillDown(Query base, SearchRequest request) {
        DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
        for (Dimension dim : Dimension.all()) {
            for (String v : request.filter(dim.key())) {
                ddq.add(dim.key(), values.path(dim.key(), v));
            }
        }
        return ddq;
    }

    /** @return {@link #sortOf(SearchRequest.Sort, boolean)} as far as the index of {@code searcher} can sort */
    private static Sort sortOf(SearchRequest.Sort sort, boolean matchAll, FacetSearcher searcher) {
        Sort order = sortOf(sort, matchAll);
        if (order == null || searcher.idSorted()) {
            return order;
        }
        // documents of the same day keep the index's order (written before the id had doc values to settle ties)
        return new Sort(Arrays.stream(order.getSort()).filter(f -> !f.equals(BY_ID)).toArray(SortField[]::new));
    }

    /** @return the sort for a request, or null to rank by score; browsing everything lists the newest first */
    private static Sort sortOf(SearchRequest.Sort sort, boolean matchAll) {
        return switch (sort) {
            case DATE_DESC -> NEWEST_FIRST;
            case DATE_ASC -> OLDEST_FIRST;
            case EVENT_ASC -> EVENTS_FIRST_FIRST;
            case EVENT_DESC -> EVENTS_LATEST_FIRST;
            case RELEVANCE -> matchAll ? NEWEST_FIRST : null;
        };
    }


    /**
     * One executed search: its documents, counts and facets.
     *
     * @param ranked the documents ranked up to the end of the page asked for ({@link #pageOf} is the page)
     */
    private record Page(long total, ScoreDoc[] ranked, Map<String, List<FacetValue>> facets) {
    }

    private Page execute(FacetSearcher searcher, SearchRequest request, Query base, boolean matchAll)
            throws IOException {
        return execute(searcher, request, base, matchAll, Math.max(1, request.page() * request.size()));
    }

    private Page execute(FacetSearcher searcher, SearchRequest request, Query base, boolean matchAll, int topN)
            throws IOException {
        Sort sort = sortOf(request.sort(), matchAll, searcher);
        TopDocs top;
        Facets facets = null;
        long total;
        if (searcher.ordinals() == null) {
            DrillDownQuery ddq = drillDown(base, request);
            top = sort == null ? searcher.search(ddq, topN) : searcher.search(ddq, topN, sort, true);
            total = top.totalHits.value;
        } else {
            FacetedSearch.Result r = FacetedSearch.run(searcher, searcher.ordinals(), base, dimensionFilters(request),
                    topN, sort);
            top = r.top();
            total = r.total();
            facets = r.facets();
        }
        return new Page(total, top.scoreDocs, facets == null ? Map.of() : facets(searcher, facets, request));
    }

    private static ScoreDoc[] pageOf(SearchRequest request, ScoreDoc[] ranked) {
        int from = (request.page() - 1) * request.size();
        return from >= ranked.length ? new ScoreDoc[0]
                : Arrays.copyOfRange(ranked, from, Math.min(ranked.length, from + request.size()));
    }

    /**
     * @param strict the search for all (or, in a longer query, most) of the words, with fewer hits than a page
     * @return the documents with all the words in their order, then those with only some of them in theirs; the
     *         total and counts are those of every document with some of the words, of which the former are a part
     */
    private Page filled(FacetSearcher searcher, SearchRequest request, UserQueryParser.Parsed parsed, Page strict)
            throws IOException {
        ScoreDoc[] first = strict.ranked;
        if (first.length < strict.total) {
            first = execute(searcher, request, baseQuery(searcher, request, parsed, parsed.relevance(), null), false,
                    (int) strict.total).ranked;
        }
        int topN = Math.max(1, request.page() * request.size());
        Page some = execute(searcher, request, baseQuery(searcher, request, parsed, parsed.relaxed(), null), false,
                topN + first.length);
        ScoreDoc[] ranked = FilledList.of(Arrays.asList(first), Arrays.asList(some.ranked), d -> d.doc, topN)
                .toArray(ScoreDoc[]::new);
        return new Page(some.total, ranked, some.facets);
    }

    /** Per filtered dimension, its selected values: any of them (OR within a dimension, AND across them). */
    private Map<String, Query> dimensionFilters(SearchRequest request) {
        Map<String, Query> out = new LinkedHashMap<>();
        for (Dimension dim : Dimension.all()) {
            List<String> selected = request.filter(dim.key());
            if (selected.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : selected) {
                any.add(new TermQuery(drillTerm(dim.key(), values.path(dim.key(), v))), Occur.SHOULD);
            }
            out.put(dim.key(), new org.apache.lucene.search.ConstantScoreQuery(any.build()));
        }
        return out;
    }

    private Map<String, List<FacetValue>> facets(FacetSearcher searcher, Facets facets, SearchRequest request)
            throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (Dimension dim : Dimension.all()) {
            out.put(dim.key(), searcher.hasDimension(dim.key())
                    ? children(facets, request, dim.key(), new ArrayList<>()) : List.of());
        }
        return out;
    }

    private List<FacetValue> children(Facets facets, SearchRequest request, String dim, List<String> path)
            throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(MAX_FACET_VALUES, dim, path.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            return List.of(); // the dimension has no value in this index yet
        }
        if (result == null) {
            return List.of();
        }
        boolean hierarchical = facetsConfig.getDimConfig(dim).hierarchical;
        List<List<String>> selected = selectedPaths(request, dim);
        List<FacetValue> out = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(lv.label);
            List<FacetValue> grandChildren = hierarchical ? children(facets, request, dim, childPath) : List.of();
            out.add(new FacetValue(lv.label, values.label(dim, childPath, request.locale()), lv.value.intValue(),
                    selected.contains(childPath), grandChildren));
        }
        if (dim.equals(IndexFields.YEAR)) {
            out.sort((a, b) -> path.isEmpty() ? b.value().compareTo(a.value()) : a.value().compareTo(b.value()));
        }
        return out;
    }

    /** Whole paths: a month is selected in its own year only, not in every year that has one of the same name. */
    private List<List<String>> selectedPaths(SearchRequest request, String dim) {
        List<List<String>> selected = new ArrayList<>();
        for (String v : request.filter(dim)) {
            selected.add(List.of(values.path(dim, v)));
        }
        return selected;
    }

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] docs, Query query, boolean strictPhrases)
            throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        // Each hit's stored fields are read once, for the hit and for its snippet: reading them decompresses the
        // block the document is in, and a second reading for the highlighter made that a third of a narrow search
        // Browsing has no words to mark: its hits are read without their text, which a snippet then needs only when a
        // document has no summary
        boolean marking = !(query instanceof MatchAllDocsQuery);
        int[] ids = new int[docs.length];
        Map<Integer, org.apache.lucene.document.Document> loaded = new java.util.HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
            DocumentStoredFieldVisitor visitor = new StoredFieldsBut(marking ? StoredFieldsBut.NOT_ON_A_HIT
                    : StoredFieldsBut.TEXT);
            stored.document(docs[i].doc, visitor);
            loaded.put(docs[i].doc, visitor.getDocument());
        }
        Map<String, Object[]> marked = marking ? new PageHighlighter(searcher, analyzers.index(), loaded, strictPhrases).mark(
                new String[] {IndexFields.TEXT, IndexFields.TITLE}, query, ids, new int[] {Snippets.PASSAGES, 1})
                : Map.of(IndexFields.TEXT, new Object[docs.length], IndexFields.TITLE, new Object[docs.length]);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            StoredDocument sd = DocumentMapper.toStored(loaded.get(docs[i].doc));
            MarkingFormatter.Marked passages = (MarkingFormatter.Marked) marked.get(IndexFields.TEXT)[i];
            int doc = docs[i].doc;
            String snippet = Snippets.of(passages == null ? null : passages.html(), sd.summary(),
                    () -> marking ? sd.text() : textOf(stored, doc));
            Object title = marked.get(IndexFields.TITLE)[i];
            String titleHtml = title == null ? null : title.toString();
            if (titleHtml == null || titleHtml.isBlank()) {
                titleHtml = Html.escape(sd.title());
            }
            hits.add(new SearchHit(sd.id(), sd.url(), sd.title(), titleHtml, sd.type(), sd.date(), sd.lang(),
                    sd.regions(), sd.sectors(), snippet, Float.isNaN(docs[i].score) ? 0f : docs[i].score,
                    sd.archived(), sd.event(), passages == null ? 0 : sd.pageAt(passages.bestStart())));
        }
        return hits;
    }

    private static String textOf(StoredFields stored, int doc) {
        try {
            return stored.document(doc, TEXT_ONLY).get(IndexFields.TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.Set<String> TEXT_ONLY = java.util.Set.of(IndexFields.TEXT);

    /** @return whether a field searched for words holds {@code word} as typed, case and accents aside */
    private boolean known(org.apache.lucene.index.IndexReader reader, String word) {
        try {
            for (String field : parser.spellingFields()) {
                String norm = analyzers.folded().normalize(field, word).utf8ToString();
                if (reader.docFreq(new Term(field, norm)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces each word the index does not know by its closest known word, when that changes anything. */
    private String suggest(IndexSearcher searcher, String query, List<String> words, Predicate<String> known,
                           SharedFuzzyQuery.PerSearch automata) throws IOException {
        Terms terms = words.isEmpty() ? null : MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.TEXT);
        if (terms == null) {
            return null;
        }
        String suggestion = query;
        boolean changed = false;
        for (String word : words) {
            String norm = analyzers.folded().normalize(IndexFields.TEXT, word).utf8ToString();
            if (norm.length() < Spelling.MIN_LENGTH || known.test(word)) {
                continue;
            }
            String best = Spelling.best(norm, candidates(terms, norm, automata.of(word, Spelling.MAX_EDITS)));
            if (best != null) {
                suggestion = suggestion.replace(word, best);
                changed = true;
            }
        }
        return changed ? suggestion : null;
    }

    /**
     * The words of the text within {@link Spelling#MAX_EDITS} of a misspelt one, as Lucene's
     * {@link org.apache.lucene.search.spell.DirectSpellChecker} offers them (and Solr's, which the other engine asks):
     * its nearest by Lucene's similarity, then those more documents hold. Read here from the automata the typo search
     * built for the word, instead of the spellchecker building them again twice.
     */
    static List<Spelling.Candidate> candidates(Terms terms, String norm, SharedFuzzyQuery.Automata automata)
            throws IOException {
        SharedFuzzyQuery within = new SharedFuzzyQuery(new Term(IndexFields.TEXT, norm), Spelling.MAX_EDITS, 1, 50,
                true, automata);
        TermsEnum e = within.termsWithin(terms);
        BoostAttribute similarity = e.attributes().addAttribute(BoostAttribute.class);
        BytesRef typed = new BytesRef(norm);
        record Near(String word, float similarity, int documents) {
        }
        List<Near> found = new ArrayList<>();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            float sim = similarity.getBoost();
            int documents = e.docFreq();
            if (sim >= Spelling.ACCURACY && documents > 0 && !t.bytesEquals(typed)) {
                found.add(new Near(t.utf8ToString(), sim, documents));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingDouble((Near n) -> -n.similarity())
                        .thenComparing(n -> -n.documents()).thenComparing(Near::word))
                .limit(Spelling.CANDIDATES).map(n -> new Spelling.Candidate(n.word(), n.documents())).toList();
    }

    /**
     * Streams every document matching {@code request} to {@code sink} (its page is ignored; its size only says whether
     * the documents with some of the words follow those with all of them, as in {@link #search}), in the request's
     * order, reading the index in batches so that memory stays flat whatever the number of rows. The
     * documents come without their text, which no export row holds.
     *
     * @return the number of rows written
     */
    public long export(SearchRequest request, java.util.function.Consumer<StoredDocument> sink) {
        UserQueryParser.Parsed parsed = parser.parse(request.query());
        values.validate(request);
        Long count = store.withSearcher(searcher -> {
            try {
                Query base = baseQuery(searcher, request, parsed, parsed.relevance(), null);
                DrillDownQuery ddq = drillDown(base, request);
                Sort sort = java.util.Objects.requireNonNullElse(sortOf(request.sort(), parsed.matchAll(), searcher),
                        Sort.RELEVANCE);
                long written = exportAll(searcher, ddq, sort, sink);
                // the rows a search lists: after fewer documents than a page with all the words, those with some
                if (parsed.someWordsFollow(written, request.size())) {
                    written += exportAll(searcher, drillDown(baseQuery(searcher, request, parsed,
                            parsed.someWordsOnly(), null), request), sort, sink);
                }
                return written;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return count == null ? 0 : count;
    }

    /** See {@link eu.alpkb.search.SearchIndex#exportWithFoundOrganisations}. */
    public long exportWithFoundOrganisations(java.util.function.Consumer<StoredDocument> sink) {
        Long count = store.withSearcher(searcher -> {
            try {
                return exportAll(searcher, UserQueryParser.keyword(IndexFields.WITH_FOUND_ORGS, "true"),
                        sortOf(SearchRequest.Sort.DATE_ASC, true, searcher), sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return count == null ? 0 : count;
    }

    private static long exportAll(IndexSearcher searcher, Query query, Sort sort,
                                  java.util.function.Consumer<StoredDocument> sink) throws IOException {
        long written = 0;
        ScoreDoc after = null;
        StoredFields stored = searcher.storedFields();
        while (true) {
            TopDocs batch = searcher.searchAfter(after, query, EXPORT_BATCH, sort, true);
            if (batch.scoreDocs.length == 0) {
                return written;
            }
            for (ScoreDoc sd : batch.scoreDocs) {
                sink.accept(DocumentMapper.toStored(StoredFieldsBut.withoutText(stored, sd.doc)));
                written++;
            }
            after = batch.scoreDocs[batch.scoreDocs.length - 1];
        }
    }

    /** The date of the newest document, for display. */
    public LocalDate newestDate() {
        Long day = store.withSearcher(s -> {
            try {
                long d = newestDay(s);
                return d == Long.MIN_VALUE ? null : d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return day == null ? null : LocalDate.ofEpochDay(day);
    }
}
