package eu.alpkb.ingest;

/** Receives what a source reads: documents to process, and outcomes for what it could not deliver. */
public interface ResourceSink {
    /**
     * Processes one document. Returns whether processing should go on; false once the run was cancelled.
     */
    boolean accept(FetchedResource resource);

    /** Records an URL the source skipped or failed to read. */
    void report(Outcome outcome);

    /**
     * Records that the document at {@code url} is known and did not change since the last run (for example an HTTP
     * 304 answer to a conditional request), so it stays in the index without being read again.
     */
    void unchanged(String url);

    /**
     * @return whether the source may skip unchanged documents ({@link #unchanged}); false during a full rebuild,
     *         which needs every document's bytes
     */
    boolean incremental();

    /**
     * Says how many addresses the source has found and not read yet, for a source that cannot know its size
     * beforehand (a crawl); lets an administrator see that a run with no known total is still moving.
     */
    default void queued(int pending) {
    }

    /** Whether the run was cancelled; sources check it between documents. */
    boolean cancelled();
}
