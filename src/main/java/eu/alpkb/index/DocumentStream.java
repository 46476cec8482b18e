package eu.alpkb.index;

import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;

/** The stored fields of every live document, and word of each change: what completions are built from. */
public interface DocumentStream {
    /** Calls {@code action} with the named stored fields of every live document. */
    void forEachDocument(Set<String> fields, Consumer<Document> action);

    /** Calls {@code listener} after each change that searches can see. */
    void onChange(Runnable listener);
}
