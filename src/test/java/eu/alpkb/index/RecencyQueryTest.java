package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recency-weighted query over words in several fields ({@link RecencyQuery}) scores every document as Lucene's
 * function query does, and, unlike it, lets a top-10 search of the skipping shape (each word's best field alone) skip
 * documents that cannot reach the page, with the same page as a search that scores every match.
 */
class RecencyQueryTest {
    private static final String[] WORDS = {"cluster", "energy", "plastics", "alps", "export", "network"};

    @TempDir
    Path dir;

    @Test
    void same_scores_as_the_function_query_and_the_best_found_while_skipping() throws IOException {
        Random random = new Random(11);
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                    .setMaxBufferedDocs(7_000))) {
                for (int i = 0; i < 20_000; i++) {
                    writer.addDocument(document(random));
                }
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                FacetSearcher searcher = new FacetSearcher(reader, new FacetsConfig());
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                RecencyBoost boost = new RecencyBoost("day", 3_000, 0.5, 365, searcher);
                int skipped = 0;
                List<Query> lucene = queries(false);
                List<Query> shaped = queries(true);
                for (int i = 0; i < lucene.size(); i++) {
                    Query q = shaped.get(i);
                    TopDocs function = searcher.search(FunctionScoreQuery.boostByValue(lucene.get(i), boost),
                            new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE, false));
                    TopDocs own = searcher.search(new RecencyQuery(lucene.get(i), boost),
                            new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE, false));
                    assertThat(docs(own)).as(lucene.get(i).toString()).isEqualTo(docs(function));
                    TopDocs expected = searcher.search(FunctionScoreQuery.boostByValue(q, boost),
                            new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE, false));
                    TopDocs every = searcher.search(new RecencyQuery(q, boost),
                            new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE, false));
                    TopDocs best = searcher.search(new RecencyQuery(q, boost),
                            new TopScoreDocCollectorManager(10, null, 10, false));
                    assertThat(docs(every)).as(q.toString()).isEqualTo(docs(expected));
                    assertThat(docs(best)).as(q.toString()).isEqualTo(docs(expected));
                    assertThat(every.totalHits.value).isEqualTo(expected.totalHits.value);
                    System.out.printf("%-60s matches %,6d, top 10 counted %,6d (%s)%n", q, expected.totalHits.value,
                            best.totalHits.value, best.totalHits.relation);
                    if (best.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
                            && best.totalHits.value < expected.totalHits.value) {
                        skipped++;
                    }
                    ScoreDoc first = expected.scoreDocs[0];
                    assertThat(searcher.explain(new RecencyQuery(q, boost), first.doc).getValue().floatValue())
                            .isEqualTo(first.score);
                }
                // the broad queries are where skipping pays; each of them must have skipped
                assertThat(skipped).isGreaterThanOrEqualTo(3);
            }
        }
    }

    /** @param skipping in the skipping shape: each word's best field alone */
    private static List<Query> queries(boolean skipping) {
        List<Query> out = new ArrayList<>();
        for (String w : new String[] {"cluster", "energy", "alps"}) {
            out.add(word(w, skipping));
        }
        out.add(new BooleanQuery.Builder().add(word("cluster", skipping), Occur.MUST)
                .add(word("energy", skipping), Occur.MUST).build());
        out.add(new BooleanQuery.Builder().add(word("export", skipping), Occur.SHOULD)
                .add(word("network", skipping), Occur.SHOULD).build());
        return out;
    }

    /** A word in the title, summary or text: the best of them plus a share of the others, as the service asks. */
    private static Query word(String w, boolean skipping) {
        List<Query> fields = List.of(new BoostQuery(new TermQuery(new Term("title", w)), 2f),
                new BoostQuery(new TermQuery(new Term("summary", w)), 1.5f), new TermQuery(new Term("text", w)));
        return skipping ? SkippingShape.of(new DisjunctionMaxQuery(fields, 0.2f)) : new DisjunctionMaxQuery(fields, 0.2f);
    }

    private static Document document(Random random) {
        Document d = new Document();
        StringBuilder title = new StringBuilder();
        StringBuilder summary = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (String w : WORDS) {
            if (random.nextInt(4) == 0) {
                title.append(w).append(' ');
            }
            if (random.nextInt(3) == 0) {
                summary.append(w).append(' ').append("filler ".repeat(random.nextInt(5)));
            }
            int n = random.nextInt(6) < 4 ? random.nextInt(5) : 0;
            text.append((w + ' ').repeat(n)).append("filler ".repeat(random.nextInt(30)));
        }
        d.add(new TextField("title", title.toString(), Field.Store.NO));
        d.add(new TextField("summary", summary.toString(), Field.Store.NO));
        d.add(new TextField("text", text.toString(), Field.Store.NO));
        d.add(new NumericDocValuesField("day", random.nextInt(3_001)));
        return d;
    }

    private static List<String> docs(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            out.add(d.doc + ":" + d.score);
        }
        return out;
    }
}
