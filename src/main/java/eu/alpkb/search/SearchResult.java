package eu.alpkb.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total      matching documents
 * @param hits       the requested page
 * @param facets     per dimension, its values with counts
 * @param suggestion a corrected query when the query found little, or null
 * @param fuzzy      whether the hits come from the typo-tolerant fallback because the exact query found nothing
 * @param notices    what the reader should know about how the query was read (words taken literally, a relaxed
 *                   match)
 */
public record SearchResult(SearchRequest request, long total, List<SearchHit> hits,
                           Map<String, List<FacetValue>> facets, String suggestion, boolean fuzzy, long tookMs,
                           List<QueryNotice> notices) {
    public SearchResult {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** @return the notices in English, as the API and the command line give them, or null when there are none */
    public String notice() {
        return QueryNotice.english(notices);
    }
}
