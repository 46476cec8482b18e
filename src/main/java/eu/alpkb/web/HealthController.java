package eu.alpkb.web;

import eu.alpkb.admin.JobManager;
import eu.alpkb.index.IndexStore;
import io.javalin.http.Context;

/** {@code GET /health}: liveness and the state of the index. */
final class HealthController {
    private final IndexStore store;
    private final JobManager jobs;

    HealthController(IndexStore store, JobManager jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    /** The health answer. */
    record Health(String status, int documents, String indexVersion, boolean indexing) {
    }

    void health(Context ctx) {
        ctx.json(new Health("up", store.documentCount(), store.generation(), jobs.running().isPresent()));
    }
}
