package eu.alpkb.web;

import eu.alpkb.admin.JobManager;
import eu.alpkb.search.SearchIndex;
import io.javalin.http.Context;

/** {@code GET /health}: liveness and the state of the index. */
final class HealthController {
    private final SearchIndex index;
    private final JobManager jobs;

    HealthController(SearchIndex index, JobManager jobs) {
        this.index = index;
        this.jobs = jobs;
    }

    /** The health answer. */
    record Health(String status, int documents, String indexVersion, boolean indexing) {
    }

    void health(Context ctx) {
        ctx.json(new Health("up", index.documentCount(), index.generation(), jobs.running().isPresent()));
    }
}
