package eu.alpkb.web;

import eu.alpkb.config.ServerSettings;
import eu.alpkb.search.FacetValue;
import eu.alpkb.search.Html;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.SearchService;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code GET /}: the search page, rendered on the server so that it works without JavaScript. */
final class SearchPage {
    private final SearchService search;
    private final ServerSettings limits;

    SearchPage(SearchService search, ServerSettings limits) {
        this.search = search;
        this.limits = limits;
    }

    void render(Context ctx) {
        SearchRequest request;
        SearchResult result = null;
        String error = null;
        try {
            request = SearchParams.parse(ctx, limits);
            result = search.search(request);
        } catch (RuntimeException e) {
            if (!(e instanceof BadRequestException) && !(e instanceof eu.alpkb.search.BadQueryException)) {
                throw e;
            }
            error = e.getMessage();
            ctx.status(400);
        }
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        StringBuilder html = new StringBuilder(8192);
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(q.isBlank() ? "" : Html.escape(q) + " – ").append("alpkb archive search</title>")
                .append("</head><body><header><h1><a href=\"/\">alpkb</a></h1></header><main>")
                .append("<form role=\"search\" action=\"/\" method=\"get\"><label for=\"q\">Search the archive</label> ")
                .append("<input id=\"q\" name=\"q\" type=\"search\" value=\"").append(Html.escape(q)).append("\"> ")
                .append("<button type=\"submit\">Search</button></form>");
        if (error != null) {
            html.append("<p role=\"alert\" class=\"error\">").append(Html.escape(error)).append("</p>");
        } else if (result != null) {
            html.append("<p class=\"count\">").append(result.total()).append(result.total() == 1 ? " result" : " results")
                    .append("</p>");
            if (result.suggestion() != null) {
                html.append("<p class=\"suggestion\">Did you mean <a href=\"/?q=")
                        .append(Html.escape(java.net.URLEncoder.encode(result.suggestion(),
                                java.nio.charset.StandardCharsets.UTF_8)))
                        .append("\">").append(Html.escape(result.suggestion())).append("</a>?</p>");
            }
            html.append("<ol class=\"hits\">");
            for (SearchHit h : result.hits()) {
                html.append("<li><h2><a href=\"").append(Html.escape(h.url())).append("\">").append(h.titleHtml())
                        .append("</a></h2><p class=\"meta\">").append(Html.escape(h.type()));
                if (h.date() != null) {
                    html.append(" · <time datetime=\"").append(h.date()).append("\">").append(h.date())
                            .append("</time>");
                }
                html.append("</p><p class=\"snippet\">").append(h.snippet()).append("</p></li>");
            }
            html.append("</ol>");
            facetList(html, result.facets());
        }
        html.append("</main></body></html>");
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }

    private static void facetList(StringBuilder html, Map<String, List<FacetValue>> facets) {
        html.append("<aside aria-label=\"Filters\">");
        facets.forEach((dim, values) -> {
            if (values.isEmpty()) {
                return;
            }
            html.append("<section><h3>").append(Html.escape(dim)).append("</h3><ul>");
            for (FacetValue v : values) {
                html.append("<li><a href=\"/?").append(Html.escape(dim)).append('=')
                        .append(Html.escape(java.net.URLEncoder.encode(v.value(), java.nio.charset.StandardCharsets.UTF_8)))
                        .append("\">").append(Html.escape(v.label())).append("</a> (").append(v.count())
                        .append(")</li>");
            }
            html.append("</ul></section>");
        });
        html.append("</aside>");
    }
}
