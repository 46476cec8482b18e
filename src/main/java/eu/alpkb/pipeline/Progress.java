package eu.alpkb.pipeline;

/** Receives a run's progress; implementations must be thread-safe and quick. */
public interface Progress {
    Progress NONE = new Progress() {
    };

    /** The number of documents expected, as soon as the sources know it. */
    default void total(int total) {
    }

    /** Addresses found and not yet read, from a source without a known total (a crawl). */
    default void queued(int queued) {
    }

    /** Called after each document with running totals. */
    default void processed(int processed, int failed) {
    }
}
