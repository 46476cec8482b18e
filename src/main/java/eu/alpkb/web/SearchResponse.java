package eu.alpkb.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.alpkb.enrich.Event;
import eu.alpkb.search.FacetLimits;
import eu.alpkb.search.FacetValue;
import eu.alpkb.search.Html;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of {@code /api/search}, as fixed by the contract; {@code notice} says how the query was read when that
 * differs from how it was typed (words taken literally, a relaxed match), else null. {@code facetMore} counts, per
 * dimension, the top-level values the request's {@link FacetLimits} left out of {@code facets}.
 */
record SearchResponse(String query, long total, int page, int size, long tookMs, List<Hit> hits,
                      Map<String, List<Facet>> facets, Map<String, Integer> facetMore, String suggestion,
                      boolean fuzzy, String notice) {

    /**
     * One hit. {@code snippet} and {@code titleHtml} are escaped HTML with {@code <mark>} around matches; as in
     * Elasticsearch's highlighting, {@code titleHtml} comes only where a word of the title matched, and a client shows
     * the escaped {@code title} otherwise. {@code archived} comes only when true.
     */
    record Hit(String id, String url, String title, @JsonInclude(JsonInclude.Include.NON_NULL) String titleHtml,
               String type, LocalDate date, String lang, List<String> regions, List<String> sectors, String snippet,
               float score, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean archived,
               @JsonInclude(JsonInclude.Include.NON_NULL) HitEvent event,
               @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {
        /** @param snippetChars characters of text the snippet keeps at most */
        static Hit of(SearchHit h, int snippetChars) {
            String titleHtml = h.titleHtml() != null && h.titleHtml().contains("<mark>") ? h.titleHtml() : null;
            return new Hit(h.id(), h.url(), h.title(), titleHtml, h.type(), h.date(), h.lang(), h.regions(),
                    h.sectors(), Html.cut(h.snippet(), snippetChars), h.score(), h.archived(),
                    HitEvent.of(h.event()), h.page() > 0 ? h.page() : null);
        }
    }

    /** The event a hit announces or reports: its own date (as precise as the text) and place, apart from the hit's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HitEvent(String date, String place) {
        static HitEvent of(Event e) {
            return e == null || e.isEmpty() ? null : new HitEvent(e.date(), e.place());
        }
    }

    /**
     * One facet value; {@code selected} comes only when true; {@code more} counts the children left out of
     * {@code children}, and is absent when none is.
     */
    record Facet(String value, String label, int count,
                 @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean selected, List<Facet> children,
                 @JsonInclude(JsonInclude.Include.NON_DEFAULT) int more) {
        static Facet of(FacetValue v) {
            return new Facet(v.value(), v.label(), v.count(), v.selected(),
                    v.children().stream().map(Facet::of).toList(), v.more());
        }
    }

    /**
     * @param limits       how many facet values to carry ({@link FacetLimits#EVERY_VALUE} for all of them)
     * @param snippetChars characters of text each hit's snippet keeps at most, 0 for none
     */
    static SearchResponse of(SearchResult r, FacetLimits limits, int snippetChars) {
        FacetLimits.Trimmed trimmed = limits.apply(r.facets());
        Map<String, List<Facet>> facets = new java.util.LinkedHashMap<>();
        trimmed.facets().forEach((dim, values) -> facets.put(dim, values.stream().map(Facet::of).toList()));
        return new SearchResponse(r.request().query(), r.total(), r.request().page(), r.request().size(), r.tookMs(),
                r.hits().stream().map(h -> Hit.of(h, snippetChars)).toList(), facets, trimmed.more(), r.suggestion(),
                r.fuzzy(), r.notice());
    }
}
