package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typo search's queries share one word's automata across fields and find what Lucene's own fuzzy queries find. */
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
}
