package eu.alpkb.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.alpkb.ingest.Source;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import eu.alpkb.pipeline.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reindex jobs one at a time in the background and remembers them. The job list and the last report are
 * written under the data folder, so that a job interrupted by a crash shows as failed after a restart.
 */
public final class JobManager implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobManager.class);
    private static final int KEPT_JOBS = 50;

    private final Indexer indexer;
    private final Path stateDir;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reindex-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, AtomicBoolean> cancelFlags = new LinkedHashMap<>();
    private volatile RunReport lastReport;
    private String runningId;
    private final List<java.util.function.Consumer<Job>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Persisted form of the job list. */
    private record JobsFile(List<Job> jobs) {
    }

    public JobManager(Indexer indexer, Path stateDir) throws IOException {
        this.indexer = indexer;
        this.stateDir = stateDir;
        Files.createDirectories(stateDir);
        recover();
    }

    private void recover() {
        Path file = stateDir.resolve("jobs.json");
        if (Files.exists(file)) {
            try {
                JobsFile stored = json.readValue(file.toFile(), JobsFile.class);
                for (Job j : stored.jobs()) {
                    Job fixed = j.finished() ? j : new Job(j.id(), Job.FAILED, j.mode(), j.source(), j.processed(),
                            j.total(), j.failed(), j.startedAt(), Instant.now(),
                            "interrupted by a restart; the previous index was kept", -1, Job.RESTARTED, List.of());
                    jobs.put(fixed.id(), fixed);
                }
                persist();
            } catch (IOException e) {
                log.warn("Cannot read {}; starting with no job history: {}", file, e.toString());
            }
        }
        Path report = stateDir.resolve("last-report.json");
        if (Files.exists(report)) {
            try {
                lastReport = json.readValue(report.toFile(), RunReport.class);
            } catch (IOException e) {
                log.warn("Cannot read {}: {}", report, e.toString());
            }
        }
    }

    /** Notifies {@code listener} of every job change (for metrics and live progress). */
    public void onChange(java.util.function.Consumer<Job> listener) {
        listeners.add(listener);
    }

    /**
     * Queues a reindex.
     *
     * @param sources supplies the sources when the job starts (so configuration errors become job failures)
     * @throws JobConflictException when a job is queued or running
     */
    public synchronized Job start(Indexer.Mode mode, String sourceName, Supplier<List<Source>> sources) {
        if (runningId != null) {
            throw new JobConflictException(runningId);
        }
        String id = UUID.randomUUID().toString();
        Job job = new Job(id, Job.QUEUED, mode.name().toLowerCase(), sourceName, 0, -1, 0, Instant.now(), null,
                null);
        AtomicBoolean cancel = new AtomicBoolean();
        cancelFlags.put(id, cancel);
        runningId = id;
        update(job);
        runner.execute(() -> execute(id, mode, sources, cancel));
        return job;
    }

    private void execute(String id, Indexer.Mode mode, Supplier<List<Source>> sources, AtomicBoolean cancel) {
        AtomicInteger total = new AtomicInteger(-1);
        AtomicInteger queued = new AtomicInteger(-1);
        update(with(id, Job.RUNNING, 0, -1, 0, null, -1));
        long[] lastSave = {0};
        Progress progress = new Progress() {
            @Override
            public void total(int t) {
                total.set(t);
                update(with(id, Job.RUNNING, 0, t, 0, null, queued.get()));
            }

            @Override
            public void queued(int q) {
                queued.set(q);
            }

            @Override
            public void processed(int processed, int failed) {
                Job j = with(id, Job.RUNNING, processed, total.get(), failed, null, queued.get());
                synchronized (JobManager.this) {
                    jobs.put(id, j);
                }
                long now = System.currentTimeMillis();
                if (now - lastSave[0] > 1000) {
                    lastSave[0] = now;
                    update(j);
                }
            }
        };
        try {
            RunReport report = indexer.run(sources.get(), mode, progress, cancel::get);
            saveReport(report);
            String state = report.completed() ? Job.SUCCEEDED : cancel.get() ? Job.CANCELLED : Job.FAILED;
            Job current = get(id).orElseThrow();
            update(new Job(id, state, current.mode(), current.source(),
                    report.added() + report.updated() + report.unchanged() + report.failed() + report.skipped(),
                    current.total(), report.failed(), current.startedAt(), Instant.now(), report.summary(), -1,
                    report.messageCode(), List.of()));
            log.info("Job {} {}: {}", id, state, report.summary());
        } catch (Exception | Error e) {
            log.error("Job {} failed", id, e);
            Job current = get(id).orElseThrow();
            update(new Job(id, Job.FAILED, current.mode(), current.source(), current.processed(), current.total(),
                    current.failed(), current.startedAt(), Instant.now(),
                    "failed: " + e.getMessage() + "; the previous index was kept", -1, Job.CRASHED,
                    java.util.Arrays.asList(String.valueOf(e.getMessage()))));
        } finally {
            synchronized (this) {
                runningId = null;
                cancelFlags.remove(id);
            }
        }
    }

    private synchronized Job with(String id, String state, int processed, int total, int failed, String message,
                                  int queued) {
        Job j = jobs.get(id);
        return new Job(id, state, j.mode(), j.source(), processed, total, failed, j.startedAt(), j.finishedAt(),
                message, queued);
    }

    private void update(Job job) {
        synchronized (this) {
            jobs.put(job.id(), job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
            persist();
        }
        listeners.forEach(l -> l.accept(job));
    }

    private void persist() {
        try {
            Path tmp = stateDir.resolve("jobs.json.tmp");
            json.writeValue(tmp.toFile(), new JobsFile(List.copyOf(jobs.values())));
            Files.move(tmp, stateDir.resolve("jobs.json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Cannot save job state: {}", e.toString());
        }
    }

    private void saveReport(RunReport report) {
        lastReport = report;
        try {
            Path tmp = stateDir.resolve("last-report.json.tmp");
            json.writeValue(tmp.toFile(), report);
            Files.move(tmp, stateDir.resolve("last-report.json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Cannot save the run report: {}", e.toString());
        }
    }

    public synchronized Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** @return jobs, newest first */
    public synchronized List<Job> list() {
        List<Job> all = new java.util.ArrayList<>(jobs.values());
        java.util.Collections.reverse(all);
        return all;
    }

    /** @return the running or queued job, if any */
    public synchronized Optional<Job> running() {
        return runningId == null ? Optional.empty() : Optional.ofNullable(jobs.get(runningId));
    }

    /**
     * Asks a running job to stop; it ends as cancelled and the live index stays as it was.
     *
     * @return false when the job is unknown or already finished
     */
    public synchronized boolean cancel(String id) {
        AtomicBoolean flag = cancelFlags.get(id);
        if (flag == null) {
            return false;
        }
        flag.set(true);
        return true;
    }

    public Optional<RunReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /** Waits for the running job, if any, to finish. */
    public boolean awaitIdle(long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (running().isPresent()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** Cancels the running job and waits briefly, so that shutdown leaves the live index clean. */
    @Override
    public void close() throws InterruptedException {
        running().ifPresent(j -> cancel(j.id()));
        runner.shutdown();
        if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
            runner.shutdownNow();
        }
    }
}
