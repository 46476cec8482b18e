package eu.alpkb.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated search: what the API and the page ask of the {@link SearchService}.
 *
 * @param query   the user's query text, empty to browse everything
 * @param filters selected values per dimension (region, sector, type, lang, org, project); OR within one, AND across
 * @param from    earliest publication date, inclusive, or null
 * @param to      latest publication date, inclusive, or null
 * @param sort    ranking order
 * @param page    1-based page
 * @param size    hits per page
 * @param locale  language for labels (two letters)
 * @param eventFrom earliest day of an event the document announces or reports, inclusive, or null; an event whose
 *                  date is a month or a year counts with every day of it
 * @param eventTo   latest such day, inclusive, or null
 * @param eventPlace region (code or name) the event takes place in, its sub-regions included, or null
 * @param eventOrganisers who organises the event, as the documents' events name them (see {@code Event.organiser}):
 *                        any of these; null for any organiser or none
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
                            int page, int size, String locale, LocalDate eventFrom, LocalDate eventTo,
                            String eventPlace, List<String> eventOrganisers) {
    /** As {@code eventFrom}: any document with a dated event, whenever it is. */
    public static final LocalDate ANY_EVENT_DAY = LocalDate.of(1, 1, 1);

    /** Result order. */
    public enum Sort {
        RELEVANCE("relevance"), DATE_ASC("date"), DATE_DESC("-date"), EVENT_ASC("event"), EVENT_DESC("-event");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        /** @throws BadQueryException for an unknown value */
        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return RELEVANCE;
            }
            for (Sort s : values()) {
                if (s.param.equals(value)) {
                    return s;
                }
            }
            throw new BadQueryException("badSort", "sort must be one of relevance, date, -date, event, -event; got '"
                    + value + "'", value);
        }
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        locale = locale == null ? "en" : locale;
        eventOrganisers = eventOrganisers == null ? null : List.copyOf(eventOrganisers);
    }

    /** A search whatever organises the events. */
    public SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
                         int page, int size, String locale, LocalDate eventFrom, LocalDate eventTo,
                         String eventPlace) {
        this(query, filters, from, to, sort, page, size, locale, eventFrom, eventTo, eventPlace, null);
    }

    /** A search without a filter by event date. */
    public SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
                         int page, int size, String locale) {
        this(query, filters, from, to, sort, page, size, locale, null, null, null);
    }

    /** @return whether the search asks for documents about events of certain days */
    public boolean filtersEvents() {
        return eventFrom != null || eventTo != null || eventPlace != null || eventOrganisers != null;
    }

    public List<String> filter(String dim) {
        return filters.getOrDefault(dim, List.of());
    }
}
