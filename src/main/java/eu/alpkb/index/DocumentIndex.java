package eu.alpkb.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The index as a run writes it: what it holds, and sessions that change it. A run decides what happens to each
 * document (put, carry, delete); the index carries it out and decides how.
 */
public interface DocumentIndex extends Closeable {
    /** @return whether a published index exists */
    boolean hasIndex();

    /** @return a name for the published index (a generation, a collection), or null without one */
    String generation();

    /** @return what the live index holds for each of its documents, without their content */
    List<IndexedEntry> entries();

    /** Starts a session that replaces the whole index when published. */
    WriteSession beginFull() throws IOException;

    /** Starts a session that changes the live index in place; a full one when there is no index yet. */
    WriteSession beginIncremental() throws IOException;
}
