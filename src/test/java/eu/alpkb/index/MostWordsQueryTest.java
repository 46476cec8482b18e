package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class MostWordsQueryTest {
    private static final List<Query> WORDS = List.of(word("cluster"), word("alps"), word("funding"), word("corallia"));

    @Test
    void a_document_needs_two_common_words_or_one_rare_word() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < 200; i++) {
                    add(w, "filler-" + i, "cluster news " + (i % 2 == 0 ? "alps" : "lakes"));
                }
                add(w, "one-common", "cluster");
                add(w, "one-rare", "corallia");
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> ids = ids(searcher, new MostWordsQuery(List.of(), WORDS, 2, 0.01));
                assertThat(ids).contains("one-rare", "filler-0").doesNotContain("one-common", "filler-1");
                assertThat(ids).hasSize(101);
            }
        }
    }

    @Test
    void without_rare_words_it_is_a_minimum_should_match() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                add(w, "two", "cluster alps");
                add(w, "one", "corallia");
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // in two documents no word is found in at most 1 % of them
                assertThat(ids(new IndexSearcher(reader), new MostWordsQuery(List.of(), WORDS, 2, 0.01))).containsExactly("two");
            }
        }
    }

    @Test
    void a_text_too_long_to_repeat_keeps_the_plain_minimum_within_the_clause_limit() throws IOException {
        List<Query> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add(word("w" + i));
        }
        many.add(word("corallia"));
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                add(w, "two", "w1 w2");
                add(w, "one", "corallia");
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(ids(new IndexSearcher(reader), new MostWordsQuery(List.of(), many, 2, 0.5)))
                        .containsExactly("two");
            }
        }
    }

    private static Query word(String w) {
        return new TermQuery(new Term("body", w));
    }

    private static void add(IndexWriter w, String id, String body) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new TextField("body", body, Field.Store.NO));
        w.addDocument(d);
    }

    private static List<String> ids(IndexSearcher searcher, Query q) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, 1000).scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc).get("id"));
        }
        return ids;
    }
}
