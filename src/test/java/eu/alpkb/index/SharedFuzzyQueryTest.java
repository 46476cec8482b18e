package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typo search's queries share one word's automata across fields and find what Lucene's own fuzzy queries find; the
 * spelling suggestion reads the same automata and offers what Lucene's spellchecker offers.
 */
class SharedFuzzyQueryTest {
    @TempDir
    Path tmp;

    private static final String[] FIELDS = {"title", "text", "orgs"};

    private IndexSearcher searcher() throws Exception {
        FSDirectory dir = FSDirectory.open(tmp);
        // three segments, so that each field's rewrite runs over several
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            String[][] docs = {
                {"Cluster management today", "the managers of clusters met", "Management Cluster Alpha"},
                {"Clustre of the year", "a managment course", "Beta Network"},
                {"Innovation days", "cluster manager training for the managing board", "Gamma Cluster"},
                {"Mangement tips", "managment and management", "Delta"},
                {"Nothing near", "wood and timber", "Epsilon"}};
            for (int i = 0; i < docs.length; i++) {
                Document d = new Document();
                d.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                for (int f = 0; f < FIELDS.length; f++) {
                    d.add(new TextField(FIELDS[f], docs[i][f], Field.Store.NO));
                }
                w.addDocument(d);
                if (i % 2 == 1) {
                    w.commit();
                }
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    private static Query perField(String word, int edits, SharedFuzzyQuery.Automata shared) {
        List<Query> out = new ArrayList<>();
        for (String f : FIELDS) {
            out.add(shared == null ? new FuzzyQuery(new Term(f, word), edits, 1, 50, true)
                    : new SharedFuzzyQuery(new Term(f, word), edits, 1, 50, true, shared));
        }
        return new DisjunctionMaxQuery(out, 0.1f);
    }

    private static List<String> hits(IndexSearcher s, Query q) throws Exception {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : s.search(q, 10).scoreDocs) {
            out.add(s.storedFields().document(d.doc).get("id") + ":" + d.score);
        }
        return out;
    }

    @Test
    void the_same_documents_and_scores_as_lucene_s_fuzzy_queries_field_by_field() throws Exception {
        IndexSearcher s = searcher();
        assertThat(s.getIndexReader().leaves()).hasSizeGreaterThan(1);
        for (String word : Arrays.asList("managment", "clustre", "mangement", "timbr", "zzzzzz")) {
            for (int edits : new int[] {1, 2}) {
                assertThat(hits(s, perField(word, edits, new SharedFuzzyQuery.Automata())))
                        .as("%s within %d edits", word, edits)
                        .isEqualTo(hits(s, perField(word, edits, null)));
            }
        }
    }

    @Test
    void the_first_field_builds_the_automata_and_the_others_reuse_them() throws Exception {
        IndexSearcher s = searcher();
        SharedFuzzyQuery.Automata shared = new SharedFuzzyQuery.Automata();
        SharedFuzzyQuery title = new SharedFuzzyQuery(new Term("title", "managment"), 2, 1, 50, true, shared);
        SharedFuzzyQuery text = new SharedFuzzyQuery(new Term("text", "managment"), 2, 1, 50, true, shared);
        assertThat(shared.built()).isFalse();
        s.rewrite(title);
        assertThat(shared.built()).isTrue();
        s.rewrite(text);
        // highlighting asks for the widest automaton: one object for every field of the word
        assertThat(text.getAutomata()).isSameAs(title.getAutomata());
    }

    @Test
    void the_suggestion_s_candidates_are_those_lucene_s_spellchecker_offers_from_the_typo_search_s_automata()
            throws Exception {
        FSDirectory dir = FSDirectory.open(tmp.resolve("words"));
        Random random = new Random(11);
        String[] stems = {"cluster", "manage", "innovat", "network", "region", "timber", "plastic", "mechatron"};
        String[] endings = {"", "s", "er", "ers", "ment", "ing", "ion", "ions", "al", "e"};
        List<String> words = new ArrayList<>();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 200; i++) {
                StringBuilder text = new StringBuilder();
                for (int j = 0; j < 12; j++) {
                    String word = stems[random.nextInt(stems.length)] + endings[random.nextInt(endings.length)];
                    words.add(word);
                    text.append(word).append(' ');
                }
                Document d = new Document();
                d.add(new TextField(IndexFields.TEXT, text.toString(), Field.Store.NO));
                w.addDocument(d);
            }
        }
        DirectoryReader reader = DirectoryReader.open(dir);
        Terms terms = MultiTerms.getTerms(reader, IndexFields.TEXT);
        DirectSpellChecker lucene = new DirectSpellChecker();
        lucene.setMinQueryLength(Spelling.MIN_LENGTH);
        lucene.setMaxEdits(Spelling.MAX_EDITS);
        lucene.setAccuracy(Spelling.ACCURACY);
        int compared = 0;
        int offered = 0;
        for (int i = 0; i < 300; i++) {
            StringBuilder typo = new StringBuilder(words.get(random.nextInt(words.size())));
            int at = 1 + random.nextInt(typo.length() - 1);
            switch (i % 3) {
                case 0 -> typo.deleteCharAt(at);
                case 1 -> typo.insert(at, (char) ('a' + random.nextInt(26)));
                default -> typo.setCharAt(at, (char) ('a' + random.nextInt(26)));
            }
            Term term = new Term(IndexFields.TEXT, typo.toString());
            if (reader.docFreq(term) > 0) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (SuggestWord sw : lucene.suggestSimilar(term, Spelling.CANDIDATES, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                expected.add(sw.string + ":" + sw.freq);
            }
            List<String> ours = SearchService.candidates(terms, typo.toString(), new SharedFuzzyQuery.Automata())
                    .stream().map(c -> c.word() + ":" + c.documents()).toList();
            assertThat(ours).as(typo.toString()).containsExactlyInAnyOrderElementsOf(expected);
            compared++;
            offered += expected.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(200);
        assertThat(offered).isGreaterThan(compared / 2);
    }
}
