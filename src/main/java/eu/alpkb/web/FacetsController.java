package eu.alpkb.web;

import eu.alpkb.search.FacetLimits;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.SearchIndex;
import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /api/facets}: every dimension with all its values and counts over the whole index. */
final class FacetsController {
    private final SearchIndex search;

    FacetsController(SearchIndex search) {
        this.search = search;
    }

    void facets(Context ctx) {
        SearchResult r = search.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1, 1,
                SearchParams.locale(ctx)));
        ctx.json(Map.of("total", r.total(), "facets", SearchResponse.of(r, FacetLimits.EVERY_VALUE, 0).facets()));
    }
}
