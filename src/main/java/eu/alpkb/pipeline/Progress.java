package eu.alpkb.pipeline;

/** Receives a run's progress; implementations must be thread-safe and quick. */
public interface Progress {
    Progress NONE = new Progress() {
    };

    /** The number of documents expected, as soon as the sources know it. */
    default void total(int total) {
    }

    /** Called after each document with running totals. */
    default void processed(int processed, int failed) {
    }
}
