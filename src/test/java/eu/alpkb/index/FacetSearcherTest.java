package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sorted searches settle ties by id only on an index whose ids have doc values; older indexes are still searched. */
class FacetSearcherTest {
    @TempDir
    Path dir;

    @Test
    void ids_order_documents_only_where_they_have_doc_values() throws IOException {
        assertThat(searcherOver(dir.resolve("old"), false)).isFalse();
        assertThat(searcherOver(dir.resolve("new"), true)).isTrue();
    }

    private static boolean searcherOver(Path path, boolean docValues) throws IOException {
        try (FSDirectory directory = FSDirectory.open(path)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                Document d = new Document();
                d.add(new StringField(IndexFields.ID, "a", Field.Store.YES));
                if (docValues) {
                    d.add(new SortedDocValuesField(IndexFields.ID, new BytesRef("a")));
                }
                writer.addDocument(d);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return new FacetSearcher(reader, new FacetsConfig()).idSorted();
            }
        }
    }
}
