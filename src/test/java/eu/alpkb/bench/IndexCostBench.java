package eu.alpkb.bench;

import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.Enricher;
import eu.alpkb.index.Analyzers;
import eu.alpkb.index.DocumentMapper;
import eu.alpkb.index.IndexFields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;

/**
 * What each part of the index costs to build: the index of {@link DocumentMapper} from documents enriched beforehand,
 * next to the same index without one of its parts (the stemmed copies, their positions, the folded fields' offsets,
 * the facets), the same index with each title and text analysed once (stems beside the folded words instead of
 * stemmed copies), and a plain Lucene index of the same titles and texts, in rounds that take turns, all with the same
 * writer settings, two threads and a final merge to one segment. The variants are measurements, not designs: each
 * takes away or changes something a search needs.
 *
 * <p>Settings: {@code bench.docs} (20000), {@code bench.rounds} (3, after one warm-up round), {@code bench.dir}
 * (target/bench/index-cost).
 */
public final class IndexCostBench {
    private interface Variant {
        Document doc(EnrichedDocument e) throws Exception;
    }

    private IndexCostBench() {
    }

    public static void main(String[] args) throws Exception {
        Bench.header("IndexCostBench");
        int n = Bench.intProp("bench.docs", 20_000);
        int rounds = Bench.intProp("bench.rounds", 3);
        Path dir = Path.of(Bench.prop("bench.dir", "target/bench/index-cost")).toAbsolutePath();
        ScaleGenerator generator = ScaleGenerator.withProjectVocabularies(42);
        var vocab = BenchConfig.vocabularyOnly().vocabularies();
        Enricher enricher = new Enricher(vocab);
        EnrichedDocument[] docs = new EnrichedDocument[n];
        for (int i = 0; i < n; i++) {
            docs[i] = BenchIndex.enrich(enricher, generator.extracted(i));
        }
        System.out.printf("%,d documents generated and enriched beforehand%n%n", n);
        FacetsConfig facets = DocumentMapper.facetsConfig();
        DocumentMapper mapper = new DocumentMapper(facets, vocab);
        FieldType positionsOnly = new FieldType(TextField.TYPE_STORED);
        positionsOnly.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        positionsOnly.freeze();
        FieldType freqsOnly = new FieldType(TextField.TYPE_NOT_STORED);
        freqsOnly.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        freqsOnly.freeze();

        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("alpkb index", e -> mapper.toLucene(e, e.contentHash()));
        variants.put("stemmed copies without positions", e -> facets.build(rewrite(mapper.fields(e, e.contentHash()),
                f -> stemmed(f) ? new Field(f.name(), f.stringValue(), freqsOnly) : f)));
        variants.put("folded fields without offsets", e -> facets.build(rewrite(mapper.fields(e, e.contentHash()),
                f -> f.fieldType().indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
                        ? new Field(f.name(), f.stringValue(), positionsOnly) : f)));
        variants.put("without stemmed copies", e -> facets.build(rewrite(mapper.fields(e, e.contentHash()),
                f -> stemmed(f) ? null : f)));
        Map<String, Analyzer> withStems = new LinkedHashMap<>();
        IndexFields.STEMMED_LANGUAGES.forEach(lang -> withStems.put(lang, new FoldedWithStems(lang)));
        variants.put("one analysis: stems beside the folded words", e -> facets.build(rewrite(
                mapper.fields(e, e.contentHash()), f -> stemmed(f) ? null : withStems(f, withStems.get(e.lang())))));
        variants.put("without facets", e -> rewrite(mapper.fields(e, e.contentHash()),
                f -> f instanceof SortedSetDocValuesFacetField ? null : f));
        variants.put("plain Lucene", e -> {
            Document d = new Document();
            d.add(new StringField("id", e.doc().url(), Field.Store.YES));
            d.add(new TextField("title", e.doc().title(), Field.Store.YES));
            d.add(new TextField("text", e.doc().text(), Field.Store.YES));
            return d;
        });

        Analyzer alpkb = new Analyzers(null).index();
        Map<String, double[]> rates = new LinkedHashMap<>();
        variants.keySet().forEach(k -> rates.put(k, new double[rounds]));
        for (int r = -1; r < rounds; r++) { // round -1 warms up
            for (Map.Entry<String, Variant> v : variants.entrySet()) {
                Analyzer analyzer = v.getKey().equals("plain Lucene") ? new StandardAnalyzer() : alpkb;
                double rate = build(dir.resolve("v"), analyzer, docs, v.getValue());
                if (r >= 0) {
                    rates.get(v.getKey())[r] = rate;
                }
            }
        }
        double[] full = rates.get("alpkb index");
        double[] plain = rates.get("plain Lucene");
        Bench.row("median of " + rounds + " rounds", "docs/s", "to alpkb index", "to plain Lucene");
        rates.forEach((k, v) -> Bench.row(k, Bench.f0(Bench.median(v)), Bench.x(Bench.median(Bench.ratios(v, full))),
                Bench.x(Bench.median(Bench.ratios(v, plain)))));
        System.exit(0);
    }

    /**
     * The folded title or text of a document in a stemmed language, analysed once: each folded word, and at its
     * position, marked, its stem in the document's language where that differs (the method issue 15 names for one
     * analysis per text). Other fields stay as they are.
     */
    private static IndexableField withStems(IndexableField f, Analyzer analyzer) {
        if (analyzer == null || !f.name().equals(IndexFields.TITLE) && !f.name().equals(IndexFields.TEXT)) {
            return f;
        }
        return new Field(f.name(), f.stringValue(), (FieldType) f.fieldType()) {
            @Override
            public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
                return analyzer.tokenStream(name(), stringValue());
            }
        };
    }

    /** The folded chain, then a marked stem beside each word whose stem differs, in one language. */
    private static final class FoldedWithStems extends Analyzer {
        private final String lang;

        FoldedWithStems(String lang) {
            this.lang = lang;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new ElisionFilter(source, new CharArraySet(Analyzers.elisions(), true));
            ts = new LowerCaseFilter(ts);
            ts = new ASCIIFoldingFilter(ts);
            ts = new KeywordRepeatFilter(ts);
            ts = switch (lang) {
                case "en" -> new PorterStemFilter(ts);
                case "it" -> new ItalianLightStemFilter(ts);
                case "fr" -> new FrenchLightStemFilter(ts);
                default -> new GermanLightStemFilter(new GermanNormalizationFilter(ts));
            };
            ts = new RemoveDuplicatesTokenFilter(ts);
            return new TokenStreamComponents(source, new MarkStems(ts));
        }
    }

    /** Puts a mark before each stem (a token the keyword repeat did not keep as it was). */
    private static final class MarkStems extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        MarkStems(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                String stem = term.toString();
                term.setEmpty().append('~').append(stem);
            }
            return true;
        }
    }

    /** The stemmed copies of the title and the text, one per language. */
    private static boolean stemmed(IndexableField f) {
        for (String lang : IndexFields.STEMMED_LANGUAGES) {
            if (f.name().equals(IndexFields.stemmed(IndexFields.TITLE, lang))
                    || f.name().equals(IndexFields.stemmed(IndexFields.TEXT, lang))) {
                return true;
            }
        }
        return false;
    }

    private static Document rewrite(Document d, UnaryOperator<IndexableField> change) {
        Document out = new Document();
        for (IndexableField f : d.getFields()) {
            IndexableField changed = change.apply(f);
            if (changed != null) {
                out.add(changed);
            }
        }
        return out;
    }

    private static double build(Path dir, Analyzer analyzer, EnrichedDocument[] docs, Variant variant)
            throws Exception {
        Bench.deleteTree(dir);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer)
                .setRAMBufferSizeMB(64).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < docs.length; i = next.getAndIncrement()) {
                        w.addDocument(variant.doc(docs[i]));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            w.forceMerge(1, true);
            w.commit();
        } finally {
            pool.shutdownNow();
        }
        return docs.length / ((System.nanoTime() - start) / 1e9);
    }
}
