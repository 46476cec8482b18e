package eu.alpkb.web;

import eu.alpkb.config.ServerSettings;
import eu.alpkb.search.SearchService;
import io.javalin.http.Context;

/** {@code GET /api/search}: HTTP in and out; the work is the {@link SearchService}'s. */
final class SearchController {
    private final SearchService search;
    private final ServerSettings limits;

    SearchController(SearchService search, ServerSettings limits) {
        this.search = search;
        this.limits = limits;
    }

    void search(Context ctx) {
        ctx.json(SearchResponse.of(search.search(SearchParams.parse(ctx, limits))));
    }
}
