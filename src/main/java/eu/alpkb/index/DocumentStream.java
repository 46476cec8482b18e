package eu.alpkb.index;

import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;

/** The stored fields of every live document, and word of each change: what completions are built from. */
public interface DocumentStream {
    /**
     * Calls {@code action} with the named stored fields of every live document.
     *
     * @return the {@link #lastingVersion()} of what was read
     */
    String forEachDocument(Set<String> fields, Consumer<Document> action);

    /**
     * @return a name for what the index holds now that stays the same across restarts and changes with every change
     *         readers can see, so that what is derived from every document can be kept on disk and used again; null
     *         when the engine has none (then such things are derived again at each start)
     */
    String lastingVersion();

    /** Calls {@code listener} after each change that searches can see. */
    void onChange(Runnable listener);
}
