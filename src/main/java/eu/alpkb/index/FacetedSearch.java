package eu.alpkb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * One search with its page of hits and the counts of every facet, multi-select: a dimension the search filters on is
 * counted as if that filter were not there, the others are counted on the hits.
 *
 * <p>One pass over the documents that match the query (and, with two filtered dimensions or more, all of those filters
 * but one at most) marks them in a bit set per segment and scores only those that pass every filter. The counts then
 * come from bit sets: the hits for the dimensions without a filter; for each filtered dimension, the documents that
 * pass every other filter. Lucene's drill sideways scores every document of the query before it looks at the filters,
 * and reads the facet values of each hit from compressed doc values; this does neither. The segments of a large index
 * are walked at once, one part per search thread ({@link FacetSearcher#walk}).
 */
final class FacetedSearch {
    /** The page's documents (exact total) and the counts. */
    record Result(long total, TopDocs top, CountedFacets facets) {
    }

    private FacetedSearch() {
    }

    /**
     * @param base    the query without the facet filters
     * @param filters per filtered dimension, the query of its selected values (any of them)
     * @param topN    how many of the best documents to keep
     * @param sort    the order, or null for relevance
     */
    static Result run(FacetSearcher searcher, FacetOrdinals ordinals, Query base, Map<String, Query> filters, int topN,
                      Sort sort) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<String> dims = new ArrayList<>(filters.keySet());
        FixedBitSet[][] filterBits = new FixedBitSet[dims.size()][];
        for (int d = 0; d < dims.size(); d++) {
            filterBits[d] = bits(searcher, filters.get(dims.get(d)), leaves);
        }
        Query walked = base;
        if (dims.size() >= 2) {
            // a document that fails two filters counts nowhere: the walk need not visit it
            BooleanQuery.Builder allButOne = new BooleanQuery.Builder().setMinimumNumberShouldMatch(dims.size() - 1);
            filters.values().forEach(q -> allButOne.add(q, Occur.SHOULD));
            walked = new BooleanQuery.Builder().add(base, Occur.MUST).add(allButOne.build(), Occur.FILTER).build();
        }
        // the page's collectors never learn a minimum competitive score (their threshold of counted hits is never
        // reached), so the walk visits every matching document, as the counts need
        boolean concurrent = searcher.walkParts() > 1;
        CollectorManager<? extends TopDocsCollector<?>, ? extends TopDocs> pages = sort == null
                ? new TopScoreDocCollectorManager(topN, null, Integer.MAX_VALUE, concurrent)
                : new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE, concurrent);
        Walks walks = new Walks(pages, filterBits, leaves);
        searcher.walk(walked, walks);
        TopDocs top = walks.top;
        if (sort != null && walks.scoreMode != null && walks.scoreMode.needsScores()) {
            TopFieldCollector.populateScores(top.scoreDocs, searcher, walked);
        }

        FixedBitSet[] hits = walks.matched;
        if (!dims.isEmpty()) {
            hits = new FixedBitSet[leaves.size()];
            for (int leaf = 0; leaf < hits.length; leaf++) {
                hits[leaf] = walks.matched[leaf].clone();
                for (FixedBitSet[] f : filterBits) {
                    hits[leaf].and(f[leaf]);
                }
            }
        }
        int[] counts = ordinals.count(hits, walks.passed, null);
        Map<String, int[]> sideways = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) {
            FixedBitSet[] others = new FixedBitSet[leaves.size()];
            long count = 0;
            for (int leaf = 0; leaf < others.length; leaf++) {
                others[leaf] = walks.matched[leaf].clone();
                for (int o = 0; o < dims.size(); o++) {
                    if (o != d) {
                        others[leaf].and(filterBits[o][leaf]);
                    }
                }
                count += others[leaf].cardinality();
            }
            sideways.put(dims.get(d), ordinals.count(others, count, dims.get(d)));
        }
        return new Result(walks.passed, top, new CountedFacets(ordinals, counts, sideways));
    }

    /**
     * @return per segment, the documents {@code query} matches, as the searcher keeps them for its reader's recent
     *         filters (read only)
     */
    private static FixedBitSet[] bits(FacetSearcher searcher, Query query, List<LeafReaderContext> leaves)
            throws IOException {
        try {
            return searcher.filterBits(query, q -> {
                try {
                    return read(searcher, q, leaves);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static FixedBitSet[] read(FacetSearcher searcher, Query query, List<LeafReaderContext> leaves)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        FixedBitSet[] out = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                set.or(scorer.iterator());
            }
            out[leaf.ord] = set;
        }
        return out;
    }

    /**
     * The walks of one search, one per slice of the index that the searcher's threads search at once: each marks the
     * documents of its own segments, and their pages are merged into one.
     */
    private static final class Walks implements CollectorManager<Walk, Void> {
        private final CollectorManager<? extends TopDocsCollector<?>, ? extends TopDocs> pages;
        private final FixedBitSet[][] filters;
        /** Per segment, the documents the query matches: each is written by the one walk its segment is given to. */
        final FixedBitSet[] matched;
        ScoreMode scoreMode;
        long passed;
        TopDocs top;

        Walks(CollectorManager<? extends TopDocsCollector<?>, ? extends TopDocs> pages, FixedBitSet[][] filters,
              List<LeafReaderContext> leaves) {
            this.pages = pages;
            this.filters = filters;
            // every segment has its set, also one the query cannot match in
            this.matched = new FixedBitSet[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                matched[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
            }
        }

        @Override
        public Walk newCollector() throws IOException {
            Walk walk = new Walk(pages.newCollector(), filters, matched);
            scoreMode = walk.scoreMode();
            return walk;
        }

        @Override
        public Void reduce(Collection<Walk> walks) throws IOException {
            List<TopDocsCollector<?>> collected = new ArrayList<>();
            for (Walk w : walks) {
                passed += w.passed;
                collected.add(w.page);
            }
            top = reduce(pages, collected);
            return null;
        }

        @SuppressWarnings("unchecked")
        private static <C extends TopDocsCollector<?>> TopDocs reduce(CollectorManager<C, ? extends TopDocs> pages,
                                                                      List<TopDocsCollector<?>> collected)
                throws IOException {
            return pages.reduce((Collection<C>) (Collection<?>) collected);
        }
    }

    /** Marks every document it is given; passes on to the page those that pass every filter. */
    private static final class Walk implements Collector {
        private final TopDocsCollector<?> page;
        private final FixedBitSet[][] filters;
        private final FixedBitSet[] matched;
        long passed;

        Walk(TopDocsCollector<?> page, FixedBitSet[][] filters, FixedBitSet[] matched) {
            this.page = page;
            this.filters = filters;
            this.matched = matched;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FixedBitSet mark = matched[context.ord];
            LeafCollector onPage = page.getLeafCollector(context);
            FixedBitSet[] required = new FixedBitSet[filters.length];
            for (int d = 0; d < filters.length; d++) {
                required[d] = filters[d][context.ord];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    onPage.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    mark.set(doc);
                    for (FixedBitSet f : required) {
                        if (!f.get(doc)) {
                            return;
                        }
                    }
                    passed++;
                    onPage.collect(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return page.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
