package eu.alpkb.index;

import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.SourceCopy;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Changes to the index made by one run. Searches see none of them until {@link #publish()}; a session closed without
 * publishing is abandoned and leaves the live index exactly as it was. Methods other than {@code publish} and
 * {@code close} may be called from several threads at once.
 */
public interface WriteSession extends Closeable {
    /** Adds {@code doc}, or replaces the document with its id. */
    void put(EnrichedDocument doc, String bytesHash) throws IOException;

    /**
     * Keeps a document of the live index, unchanged but for {@code archived} (a document gone from its source is
     * kept as an archived copy).
     */
    void carry(IndexedEntry entry, boolean archived) throws IOException;

    /**
     * Sets the other sources document {@code id} was also found in, replacing those it had. Applies to a document
     * put or carried in this session, or kept by it; takes effect when the session is published.
     */
    void relist(String id, List<SourceCopy> alsoFrom);

    /** Removes a document of the live index. */
    void delete(IndexedEntry entry) throws IOException;

    /** Makes every change visible to searches at once; a failure leaves the live index as it was. */
    void publish() throws IOException;

    /** Throws away every change of the session; the live index is untouched. Does nothing after publishing. */
    @Override
    void close() throws IOException;
}
