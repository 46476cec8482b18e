package eu.alpkb.config;

/**
 * Periodic incremental reindexing while serving.
 *
 * @param incrementalEveryMinutes minutes between two incremental runs; 0 turns the schedule off
 */
public record ScheduleSettings(Integer incrementalEveryMinutes) {
    public static final int DEFAULT_INCREMENTAL_EVERY_MINUTES = 0;

    public ScheduleSettings {
        incrementalEveryMinutes = incrementalEveryMinutes == null ? DEFAULT_INCREMENTAL_EVERY_MINUTES : incrementalEveryMinutes;
    }

    public static ScheduleSettings defaults() {
        return new ScheduleSettings(null);
    }
}
