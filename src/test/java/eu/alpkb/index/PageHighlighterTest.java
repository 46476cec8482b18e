package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page highlighter keeps each term's postings from one hit to the next; its marks must be those of Lucene's own
 * highlighter, which reads them afresh for every hit, on an index of several segments where some terms are missing
 * from some segments and pages of hits come in any order.
 */
class PageHighlighterTest {
    private static final String[] WORDS = {"cluster", "alpine", "plastics", "innovation", "energy", "region",
        "network", "export", "mechatronics", "rare", "seldom"};

    @Test
    void marks_what_lucenes_highlighter_marks_on_every_page(@TempDir Path dir) throws Exception {
        Random random = new Random(5);
        Analyzer analyzer = new StandardAnalyzer();
        FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory,
                    new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int d = 0; d < 600; d++) {
                    // the rare words only in the first segments, so later segments lack them
                    int vocabulary = d < 200 ? WORDS.length : WORDS.length - 2;
                    Document doc = new Document();
                    doc.add(new Field(IndexFields.TITLE, sentence(random, vocabulary, 2 + random.nextInt(5)),
                            withOffsets));
                    StringBuilder text = new StringBuilder();
                    for (int s = random.nextInt(12); s >= 0; s--) {
                        text.append(sentence(random, vocabulary, 3 + random.nextInt(14))).append(". ");
                    }
                    doc.add(new Field(IndexFields.TEXT, text.toString(), withOffsets));
                    writer.addDocument(doc);
                    if (d % 150 == 149) {
                        writer.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(2);
                IndexSearcher searcher = new IndexSearcher(reader);
                String[] fields = {IndexFields.TEXT, IndexFields.TITLE};
                int[] passages = {3, 1};
                int compared = 0;
                for (int q = 0; q < 200; q++) {
                    Query query = query(random);
                    int[] page = new int[1 + random.nextInt(20)];
                    Map<Integer, Document> loaded = new HashMap<>();
                    for (int i = 0; i < page.length; i++) {
                        page[i] = random.nextInt(reader.maxDoc());
                        loaded.put(page[i], reader.storedFields().document(page[i]));
                    }
                    page = java.util.Arrays.stream(page).distinct().toArray();
                    Map<String, Object[]> ours = new PageHighlighter(searcher, analyzer, loaded, q % 2 == 0)
                            .mark(fields, query, page, passages);
                    Map<String, Object[]> lucene = new Reference(searcher, analyzer, q % 2 == 0)
                            .mark(fields, query, page, passages);
                    for (String field : fields) {
                        assertThat(texts(ours.get(field))).as("query %s, field %s, page %s", query, field,
                                java.util.Arrays.toString(page)).isEqualTo(texts(lucene.get(field)));
                        compared += page.length;
                    }
                }
                assertThat(compared).isGreaterThan(2_000);
            }
        }
    }

    private static String sentence(Random random, int vocabulary, int words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            out.add(WORDS[random.nextInt(vocabulary)]);
        }
        return String.join(" ", out);
    }

    /** One to three words in both fields, sometimes with a phrase of two. */
    private static Query query(Random random) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int w = random.nextInt(3); w >= 0; w--) {
            String word = WORDS[random.nextInt(WORDS.length)];
            b.add(new TermQuery(new Term(IndexFields.TEXT, word)), Occur.SHOULD);
            b.add(new TermQuery(new Term(IndexFields.TITLE, word)), Occur.SHOULD);
        }
        if (random.nextBoolean()) {
            b.add(new PhraseQuery(IndexFields.TEXT, WORDS[random.nextInt(WORDS.length)],
                    WORDS[random.nextInt(WORDS.length)]), Occur.SHOULD);
        }
        return b.build();
    }

    private static List<String> texts(Object[] marked) {
        List<String> out = new ArrayList<>();
        for (Object m : marked) {
            out.add(m instanceof MarkingFormatter.Marked k ? k.html() + " @" + k.bestStart() : String.valueOf(m));
        }
        return out;
    }

    /** Lucene's highlighter with the same settings, reading the stored fields and the postings its own way. */
    private static final class Reference extends UnifiedHighlighter {
        Reference(IndexSearcher searcher, Analyzer analyzer, boolean strictPhrases) {
            super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new MarkingFormatter())
                    .withHighlightPhrasesStrictly(strictPhrases).withScorer(new LeanPassageScorer())
                    .withMaxLength(PageHighlighter.MAX_HIGHLIGHTED).withHandleMultiTermQuery(true)
                    .withWeightMatches(false));
        }

        @Override
        protected java.text.BreakIterator getBreakIterator(String field) {
            return field.equals(IndexFields.TITLE) ? new WholeBreakIterator() : new SentenceBreaks();
        }

        Map<String, Object[]> mark(String[] fields, Query query, int[] docs, int[] passages) throws Exception {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }
}
