package eu.alpkb.admin;

import eu.alpkb.ingest.Source;
import eu.alpkb.pipeline.Indexer;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an incremental reindex every few minutes while the service runs (schedule.incrementalEveryMinutes). A run
 * that finds another job busy is skipped, not queued: the next tick comes soon enough.
 */
public final class ReindexSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReindexSchedule.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reindex-schedule");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param everyMinutes minutes between runs; 0 schedules nothing
     */
    public ReindexSchedule(JobManager jobs, Supplier<List<Source>> sources, int everyMinutes) {
        if (everyMinutes <= 0) {
            return;
        }
        timer.scheduleWithFixedDelay(() -> {
            try {
                jobs.start(Indexer.Mode.INCREMENTAL, null, sources);
                log.info("Scheduled incremental reindex started");
            } catch (JobConflictException e) {
                log.info("Scheduled reindex skipped: {}", e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Scheduled reindex could not start: {}", e.toString());
            }
        }, everyMinutes, everyMinutes, TimeUnit.MINUTES);
        log.info("Incremental reindex scheduled every {} minutes", everyMinutes);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
