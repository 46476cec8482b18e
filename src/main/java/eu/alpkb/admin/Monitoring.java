package eu.alpkb.admin;

import eu.alpkb.ingest.Outcome;
import eu.alpkb.pipeline.RunReport;
import eu.alpkb.search.SearchIndex;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The service's metrics in Prometheus form: HTTP requests per route (recorded by the web layer), index size and
 * documents, job durations and outcomes, crawl outcomes, and the JVM.
 */
public final class Monitoring {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /**
     * The timer of each route and status, looked up once: building and registering it again on every request (tags
     * merged and sorted, the registry's map searched) cost more than recording the time.
     */
    private final Map<RequestKey, Timer> requestTimers = new ConcurrentHashMap<>();

    public Monitoring(JobManager jobs, SearchIndex search) {
        Gauge.builder("alpkb_index_documents", search, SearchIndex::documentCount)
                .description("searchable documents").register(registry);
        Gauge.builder("alpkb_index_size_bytes", search, SearchIndex::sizeInBytes)
                .description("bytes on disk of the live index").baseUnit("bytes").register(registry);
        Gauge.builder("alpkb_job_running", jobs, j -> j.running().isPresent() ? 1 : 0)
                .description("1 while a reindex job runs").register(registry);
        FunctionCounter.builder("alpkb_result_cache_hits", search, s -> s.cacheStats().hits())
                .description("searches answered from the cache of recent answers").register(registry);
        FunctionCounter.builder("alpkb_result_cache_misses", search, s -> s.cacheStats().misses())
                .description("searches run on the index").register(registry);
        Gauge.builder("alpkb_result_cache_size", search, s -> s.cacheStats().size())
                .description("answers held in the cache of recent answers").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        jobs.onChange(job -> {
            if (job.finished() && job.finishedAt() != null && job.startedAt() != null) {
                Timer.builder("alpkb_job_duration").tag("state", job.state()).tag("mode", job.mode())
                        .register(registry).record(Duration.between(job.startedAt(), job.finishedAt()));
                jobs.lastReport().ifPresent(this::recordOutcomes);
            }
        });
    }

    private void recordOutcomes(RunReport report) {
        for (Outcome.Status status : Outcome.Status.values()) {
            long n = switch (status) {
                case OK -> report.added() + report.updated() + report.unchanged();
                case SKIPPED -> report.skipped();
                case FAILED -> report.failed();
            };
            Counter.builder("alpkb_documents_processed").tag("outcome", status.name().toLowerCase())
                    .register(registry).increment(n);
        }
    }

    /** Records one HTTP request; the route is the matched path template, never the raw URL. */
    public void request(String method, String route, int status, long nanos) {
        requestTimers.computeIfAbsent(new RequestKey(method, route, status), k -> Timer.builder("alpkb_http_requests")
                .tag("method", k.method()).tag("route", k.route()).tag("status", Integer.toString(k.status()))
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(15), Duration.ofMillis(50))
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The tags of one timer of HTTP requests; routes are templates and statuses few, so the map stays small. */
    private record RequestKey(String method, String route, int status) {
    }

    /** @return the Prometheus text exposition */
    public String scrape() {
        return registry.scrape();
    }
}
