package eu.alpkb.admin;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one reindex job, as the admin API shows it.
 *
 * @param state     queued, running, succeeded, failed or cancelled
 * @param processed documents handled so far
 * @param total     documents expected, or -1 while unknown
 * @param failed    documents that failed so far
 * @param queued    addresses found and not read yet, for a run without a known total (a crawl); -1 otherwise
 * @param message   in English: the run's summary, or why it stopped
 * @param messageCode why a job that did not succeed stopped, as a stable code a page says in its own language
 *                  ({@link #CRASHED}, {@link #RESTARTED}, or the run's own {@code RunReport#messageCode()}); null when
 *                  there is nothing to add to the counts
 * @param messageArgs the values the words of {@code messageCode} are made of
 */
public record Job(String id, String state, String mode, String source, int processed, int total, int failed,
                  Instant startedAt, Instant finishedAt, String message, int queued, String messageCode,
                  List<String> messageArgs) {
    /** The job stopped on an error; its one value is the error's message. */
    public static final String CRASHED = "crashed";
    /** The service stopped while the job ran. */
    public static final String RESTARTED = "restarted";

    public Job {
        // jobs stored before the codes have none
        messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
    }

    /** A job whose message has English words only. */
    public Job(String id, String state, String mode, String source, int processed, int total, int failed,
               Instant startedAt, Instant finishedAt, String message, int queued) {
        this(id, state, mode, source, processed, total, failed, startedAt, finishedAt, message, queued, null,
                List.of());
    }

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
