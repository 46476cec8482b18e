package eu.alpkb.web;

import eu.alpkb.config.ServerSettings;
import eu.alpkb.admin.QueryLog;
import eu.alpkb.search.FacetLimits;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.SearchIndex;
import io.javalin.http.Context;

/** {@code GET /api/search}: HTTP in and out; the work is the {@link SearchIndex}'s. */
final class SearchController {
    private final SearchIndex search;
    private final ServerSettings limits;
    private final QueryLog queryLog;

    SearchController(SearchIndex search, ServerSettings limits, QueryLog queryLog) {
        this.search = search;
        this.limits = limits;
        this.queryLog = queryLog;
    }

    void search(Context ctx) {
        SearchRequest request = SearchParams.parse(ctx, limits);
        FacetLimits facets = SearchParams.facetLimits(ctx);
        SearchResult result = search.search(request);
        if (result.request().page() == 1) {
            queryLog.record(result.request().query(), result.total());
        }
        ctx.json(SearchResponse.of(result, facets));
    }
}
