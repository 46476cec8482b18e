package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BalancedForceMergeTest {
    @TempDir
    Path dir;

    @Test
    void a_build_is_merged_into_the_segments_asked_for_of_about_as_many_documents_each() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                    // segments of a few kilobytes: merged while writing only up to a few of them
                    .setMergePolicy(new BalancedForceMerge(0.02)).setMaxBufferedDocs(97))) {
                for (int i = 0; i < 5_000; i++) {
                    Document d = new Document();
                    d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                    d.add(new StoredField("n", i));
                    writer.addDocument(d);
                    if (i == 2_000) {
                        // one segment much larger than the rest, as the tiered policy leaves one behind
                        writer.forceMerge(1);
                    }
                }
                for (int i = 0; i < 5_000; i += 7) {
                    writer.deleteDocuments(new Term("id", Integer.toString(i)));
                }
                writer.forceMerge(3);
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(3);
                assertThat(reader.hasDeletions()).isFalse();
                assertThat(reader.numDocs()).isEqualTo(5_000 - 715);
                List<Integer> sizes = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    sizes.add(leaf.reader().maxDoc());
                }
                // the large segment of 2,001 documents less its deletions is one part; the small ones make the two
                // others as large as they can
                System.out.println("segments after a balanced merge into 3: " + sizes);
                assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThanOrEqualTo(1_716);
                assertThat(sizes.stream().mapToInt(Integer::intValue).min().orElseThrow()).isGreaterThan(1_200);
            }
        }
    }
}
