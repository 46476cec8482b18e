package eu.alpkb.ingest;

/** A place documents come from. Implementations read, never parse or index. */
public interface Source {
    /** @return the configured name */
    String name();

    /**
     * Reads every document of the source into {@code sink}; reports what it cannot read and goes on.
     */
    void read(ResourceSink sink);

    /** @return an estimate of the number of documents, or -1 when unknown before reading */
    default int estimatedSize() {
        return -1;
    }

    /** @return whether documents gone from the source should stay searchable as archived copies */
    default boolean keepsVanished() {
        return false;
    }
}
