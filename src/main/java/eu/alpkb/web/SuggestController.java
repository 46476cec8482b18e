package eu.alpkb.web;

import eu.alpkb.search.SearchIndex;
import io.javalin.http.Context;

/** {@code GET /api/suggest?q=PREFIX}. */
final class SuggestController {
    static final int MAX_PREFIX = 100;
    private final SearchIndex suggest;

    SuggestController(SearchIndex suggest) {
        this.suggest = suggest;
    }

    void suggest(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_PREFIX) {
            throw new BadRequestException("suggestTooLong", "q is too long for a completion; at most " + MAX_PREFIX
                    + " characters", MAX_PREFIX);
        }
        int size = SearchParams.integer(ctx, "size", SearchIndex.MAX_SUGGESTIONS, 1, SearchIndex.MAX_SUGGESTIONS);
        ctx.json(suggest.suggest(q, size));
    }
}
