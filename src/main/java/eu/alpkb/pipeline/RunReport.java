package eu.alpkb.pipeline;

import eu.alpkb.ingest.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param outcomes per-URL outcomes: every failure and skip, and successes up to a cap
 * @param outcomesTruncated whether successful outcomes beyond the cap were left out
 * @param completed whether the run finished and its result is live (false when cancelled or failed)
 * @param message   how the run ended, in English
 * @param messageCode the same as a stable code ({@link #CANCELLED}, {@link #NOTHING_INDEXED}) that a page says in its
 *                  own language; null for a completed run
 */
public record RunReport(String mode, Instant startedAt, Instant finishedAt, int added, int updated, int unchanged,
                        int deleted, int failed, int skipped, List<Outcome> outcomes, boolean outcomesTruncated,
                        boolean completed, String message, String messageCode) {
    /** The run was cancelled and left the live index as it was. */
    public static final String CANCELLED = "cancelled";
    /** A full run found no document to index and kept the live index rather than publish an empty one. */
    public static final String NOTHING_INDEXED = "nothingIndexed";

    /** @return the one-line summary printed by the CLI and logged */
    public String summary() {
        return String.format("%d added, %d updated, %d unchanged, %d deleted, %d failed, %d skipped in %.1f s%s",
                added, updated, unchanged, deleted, failed, skipped,
                (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0,
                completed ? "" : " (not completed: " + message + ")");
    }
}
