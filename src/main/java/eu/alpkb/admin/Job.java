package eu.alpkb.admin;

import java.time.Instant;

/**
 * A snapshot of one reindex job, as the admin API shows it.
 *
 * @param state     queued, running, succeeded, failed or cancelled
 * @param processed documents handled so far
 * @param total     documents expected, or -1 while unknown
 * @param failed    documents that failed so far
 * @param queued    addresses found and not read yet, for a run without a known total (a crawl); -1 otherwise
 */
public record Job(String id, String state, String mode, String source, int processed, int total, int failed,
                  Instant startedAt, Instant finishedAt, String message, int queued) {
    /** A job without a queue to report. */
    public Job(String id, String state, String mode, String source, int processed, int total, int failed,
               Instant startedAt, Instant finishedAt, String message) {
        this(id, state, mode, source, processed, total, failed, startedAt, finishedAt, message, -1);
    }

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public boolean finished() {
        return !state.equals(QUEUED) && !state.equals(RUNNING);
    }
}
