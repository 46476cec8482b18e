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
 */
public record RunReport(String mode, Instant startedAt, Instant finishedAt, int added, int updated, int unchanged,
                        int deleted, int failed, int skipped, List<Outcome> outcomes, boolean outcomesTruncated,
                        boolean completed, String message) {

    /** @return the one-line summary printed by the CLI and logged */
    public String summary() {
        return String.format("%d added, %d updated, %d unchanged, %d deleted, %d failed, %d skipped in %.1f s%s",
                added, updated, unchanged, deleted, failed, skipped,
                (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0,
                completed ? "" : " (not completed: " + message + ")");
    }
}
