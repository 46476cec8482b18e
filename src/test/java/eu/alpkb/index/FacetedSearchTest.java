package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's own facet counting gives what Lucene's drill sideways gives, value for value and hit for hit: on an
 * index of several segments with deleted documents, hierarchical and multi-valued dimensions, values common and rare, queries matching few,
 * half or nearly all documents (both ways of counting), and filters on none, one, two or three dimensions; ranked by
 * relevance also for queries in the service's shape (words over several fields with a tie-breaker, recency).
 */
class FacetedSearchTest {
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "common"};
    private static final String[][] REGIONS = {{"AT", "AT3", "AT31"}, {"AT", "AT3", "AT32"}, {"AT", "AT1"},
        {"IT", "ITC", "ITC1"}, {"IT", "ITH"}, {"FR", "FRK"}};
    private static final String[] SECTORS = {"plastics", "energy", "health", "mechatronics"};
    private static final String[] TYPES = {"news", "event", "interview"};

    @TempDir
    Path dir;

    @Test
    void counts_and_hits_are_those_of_drill_sideways() throws IOException {
        FacetsConfig config = new FacetsConfig();
        config.setHierarchical("region", true);
        config.setMultiValued("region", true);
        config.setMultiValued("sector", true);
        Random random = new Random(7);
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                    .setMaxBufferedDocs(300))) {
                for (int i = 0; i < 2_000; i++) {
                    writer.addDocument(config.build(document(i, random)));
                }
                // deleted documents must count nowhere, whichever way the counts are made
                writer.deleteDocuments(new Term("id", "5"), new Term("id", "17"), new Term("id", "1200"));
                writer.commit();
            }
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                // on the calling thread, and with its segments in three slices searched at once
                FacetSearcher one = new FacetSearcher(reader, config);
                FacetSearcher three = new FacetSearcher(reader, config, threads, 3, 1);
                assertThat(one.walkParts()).isEqualTo(1);
                assertThat(three.walkParts()).isEqualTo(3);
                compareAll(one, config);
                compareAll(three, config);
            } finally {
                threads.shutdown();
            }
        }
    }

    private static void compareAll(FacetSearcher searcher, FacetsConfig config) throws IOException {
        int compared = 0;
        RecencyBoost recency = new RecencyBoost("day", 49, 0.5, 10, searcher);
        // the service's shape: each word the best of its fields plus a share of the others, all words
        // required, weighted by recency
        Query words = FunctionScoreQuery.boostByValue(new BooleanQuery.Builder().add(word("common"),
                Occur.MUST).add(word("beta"), Occur.MUST).build(), recency);
        for (Query base : List.of(new TermQuery(new Term("text", "alpha")), new TermQuery(new Term("text",
                "common")), new MatchAllDocsQuery(), new TermQuery(new Term("text", "absent")), word("common"),
                words)) {
            for (Map<String, List<String[]>> filters : filterSets()) {
                for (Sort sort : new Sort[] {null, new Sort(new SortField("day", SortField.Type.LONG, true),
                        SortField.FIELD_SCORE)}) {
                    compare(searcher, config, base, filters, sort);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(6 * filterSets().size() * 2);
    }

    @Test
    void a_filter_s_documents_are_read_once_per_reader_and_again_for_a_new_one() throws IOException {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("sector", true);
        config.setHierarchical("region", true);
        config.setMultiValued("region", true);
        Random random = new Random(11);
        Query news = new ConstantScoreQuery(new TermQuery(DrillDownQuery.term(
                config.getDimConfig("type").indexFieldName, "type", "news")));
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 500; i++) {
                writer.addDocument(config.build(document(i, random)));
            }
            writer.commit();
            FacetedSearch.Result first;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                FacetSearcher searcher = new FacetSearcher(reader, config);
                first = FacetedSearch.run(searcher, searcher.ordinals(), new MatchAllDocsQuery(),
                        Map.of("type", news), 10, null);
                int[] reads = {0};
                FixedBitSet[] kept = searcher.filterBits(news, q -> {
                    reads[0]++;
                    return null;
                });
                assertThat(reads[0]).as("read by the first search, kept for the next").isZero();
                assertThat(kept[0].cardinality()).isEqualTo(first.total());
                FacetedSearch.Result again = FacetedSearch.run(searcher, searcher.ordinals(), new MatchAllDocsQuery(),
                        Map.of("type", news), 10, null);
                assertThat(again.total()).isEqualTo(first.total());
            }
            for (int i = 500; i < 700; i++) {
                writer.addDocument(config.build(document(i, random)));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                FacetSearcher searcher = new FacetSearcher(reader, config);
                FacetedSearch.Result after = FacetedSearch.run(searcher, searcher.ordinals(), new MatchAllDocsQuery(),
                        Map.of("type", news), 10, null);
                long expected = searcher.count(news);
                assertThat(after.total()).isEqualTo(expected).isGreaterThan(first.total());
            }
        }
    }

    private static Query word(String w) {
        return new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", w)), 2f),
                new TermQuery(new Term("text", w))), 0.2f);
    }

    private static Document document(int i, Random random) {
        Document d = new Document();
        d.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        StringBuilder text = new StringBuilder();
        for (String w : WORDS) {
            if (w.equals("common") ? random.nextInt(10) < 9 : random.nextInt(3) == 0) {
                text.append(w).append(' ').append(w.repeat(random.nextInt(2))).append(' ');
            }
        }
        d.add(new TextField("text", text.toString(), Field.Store.NO));
        StringBuilder title = new StringBuilder();
        for (String w : WORDS) {
            if (random.nextInt(5) == 0) {
                title.append(w).append(' ');
            }
        }
        d.add(new TextField("title", title.toString(), Field.Store.NO));
        d.add(new NumericDocValuesField("day", random.nextInt(50)));
        String[] region = REGIONS[random.nextInt(REGIONS.length)];
        d.add(new SortedSetDocValuesFacetField("region", region));
        if (random.nextBoolean()) {
            d.add(new SortedSetDocValuesFacetField("region", REGIONS[random.nextInt(REGIONS.length)]));
        }
        for (String s : SECTORS) {
            if (random.nextInt(3) == 0) {
                d.add(new SortedSetDocValuesFacetField("sector", s));
            }
        }
        // rare values, below the share at which a value gets a bit set of its own, so both ways of counting are used
        d.add(new SortedSetDocValuesFacetField("org", "org" + random.nextInt(400)));
        if (i % 11 != 0) { // some documents have no type at all
            d.add(new SortedSetDocValuesFacetField("type", TYPES[random.nextInt(TYPES.length)]));
        }
        return d;
    }

    private static List<Map<String, List<String[]>>> filterSets() {
        List<Map<String, List<String[]>>> out = new ArrayList<>();
        out.add(Map.of());
        out.add(Map.of("type", List.<String[]>of(new String[] {"news"})));
        out.add(Map.of("region", List.of(new String[] {"AT", "AT3"}, new String[] {"IT"})));
        Map<String, List<String[]>> two = new LinkedHashMap<>();
        two.put("sector", List.<String[]>of(new String[] {"plastics"}));
        two.put("type", List.of(new String[] {"news"}, new String[] {"event"}));
        out.add(two);
        Map<String, List<String[]>> three = new LinkedHashMap<>(two);
        three.put("region", List.<String[]>of(new String[] {"AT"}));
        out.add(three);
        out.add(Map.of("org", List.of(new String[] {"org7"}, new String[] {"org8"}, new String[] {"org9"})));
        return out;
    }

    private static void compare(FacetSearcher searcher, FacetsConfig config, Query base,
                                Map<String, List<String[]>> filters, Sort sort) throws IOException {
        String what = base + " " + filters.keySet() + " " + sort;
        DrillDownQuery ddq = new DrillDownQuery(config, base);
        Map<String, Query> byDim = new LinkedHashMap<>();
        filters.forEach((dim, paths) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String[] p : paths) {
                ddq.add(dim, p);
                any.add(new TermQuery(DrillDownQuery.term(config.getDimConfig(dim).indexFieldName, dim, p)),
                        Occur.SHOULD);
            }
            byDim.put(dim, new ConstantScoreQuery(any.build()));
        });
        DrillSideways.DrillSidewaysResult expected = sort == null
                ? new DrillSideways(searcher, config, searcher.facetState()).search(ddq, 15)
                : new DrillSideways(searcher, config, searcher.facetState()).search(ddq, null, null, 15, sort, true);
        FacetedSearch.Result actual = FacetedSearch.run(searcher, searcher.ordinals(), base, byDim, 15, sort);

        assertThat(actual.total()).as(what).isEqualTo(expected.hits.totalHits.value);
        assertThat(docs(actual.top().scoreDocs)).as(what).isEqualTo(docs(expected.hits.scoreDocs));
        for (String dim : List.of("region", "sector", "type", "org")) {
            assertThat(tree(actual.facets(), dim, new String[0])).as(what + " " + dim)
                    .isEqualTo(tree(expected.facets, dim, new String[0]));
        }
    }

    private static List<String> docs(ScoreDoc[] docs) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : docs) {
            out.add(d.doc + ":" + d.score);
        }
        return out;
    }

    /** Every value under {@code path} with its count, and the values under each, depth first. */
    private static List<String> tree(Facets facets, String dim, String[] path) throws IOException {
        FacetResult r;
        try {
            r = facets.getTopChildren(200, dim, path);
        } catch (IllegalArgumentException e) {
            return List.of(); // Lucene's answer for a dimension no hit has
        }
        List<String> out = new ArrayList<>();
        if (r == null) {
            return out;
        }
        for (LabelAndValue lv : r.labelValues) {
            String[] child = java.util.Arrays.copyOf(path, path.length + 1);
            child[path.length] = lv.label;
            out.add(String.join("/", child) + "=" + lv.value);
            out.addAll(tree(facets, dim, child));
        }
        return out;
    }
}
