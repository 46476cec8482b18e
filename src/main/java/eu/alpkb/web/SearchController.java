package eu.alpkb.web;

import eu.alpkb.config.ServerSettings;
import eu.alpkb.admin.QueryLog;
import eu.alpkb.search.FacetLimits;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.SearchIndex;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

/** {@code GET /api/search}: HTTP in and out; the work is the {@link SearchIndex}'s. */
final class SearchController {
    private final SearchIndex search;
    private final ServerSettings limits;
    private final QueryLog queryLog;

    private final ObjectWriter json;

    SearchController(SearchIndex search, ServerSettings limits, QueryLog queryLog, ObjectMapper mapper) {
        this.json = mapper.writerFor(SearchResponse.class);
        this.search = search;
        this.limits = limits;
        this.queryLog = queryLog;
    }

    void search(Context ctx) throws JsonProcessingException {
        SearchRequest request = SearchParams.parse(ctx, limits);
        FacetLimits facets = SearchParams.facetLimits(ctx);
        int snippetChars = SearchParams.snippetChars(ctx);
        SearchResult result = search.search(request);
        if (result.request().page() == 1) {
            queryLog.record(result.request().query(), result.total());
        }
        // written as bytes by a writer resolved once: the generic path renders a String, then encodes it again
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.writeValueAsBytes(SearchResponse.of(result, facets,
                snippetChars)));
    }
}
