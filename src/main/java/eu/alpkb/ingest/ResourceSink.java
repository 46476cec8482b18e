package eu.alpkb.ingest;

/** Receives what a source reads: documents to process, and outcomes for what it could not deliver. */
public interface ResourceSink {
    /**
     * Processes one document. Returns whether processing should go on; false once the run was cancelled.
     */
    boolean accept(FetchedResource resource);

    /** Records an URL the source skipped or failed to read. */
    void report(Outcome outcome);

    /** Whether the run was cancelled; sources check it between documents. */
    boolean cancelled();
}
