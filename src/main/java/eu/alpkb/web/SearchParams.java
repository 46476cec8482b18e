package eu.alpkb.web;

import eu.alpkb.config.ServerSettings;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.BadQueryException;
import eu.alpkb.search.FacetLimits;
import eu.alpkb.search.SearchRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads and validates the search parameters shared by the API, the exports and the page. */
final class SearchParams {
    private static final int MAX_FILTER_VALUES = 50;
    /** Values per level asked for at most; the engines count no more than 200 of a level anyway. */
    private static final int MAX_FACET_LIMIT = 1000;
    static final String FACET_LIMIT = "facet.limit";
    static final String FACET_EXPAND = "facet.expand";
    static final String SNIPPET_LENGTH = "snippet.length";
    /** Characters of a snippet by default. */
    static final int DEFAULT_SNIPPET_CHARS = 240;
    /** Characters of a snippet asked for at most. */
    private static final int MAX_SNIPPET_CHARS = 10_000;
    private static final String FACET_PREFIX = "facet.";
    private static final String LIMIT_SUFFIX = ".limit";

    private SearchParams() {
    }

    /**
     * @return the words typed ({@code q}), or null
     * @throws BadRequestException when they are longer than the configured limit: the one thing about them that is
     *                             an error, on every route that searches
     */
    static String query(Context ctx, ServerSettings limits) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > limits.maxQueryLength()) {
            throw new BadRequestException("qTooLong", "q is too long (" + q.length() + " characters); at most "
                    + limits.maxQueryLength() + " are allowed", q.length(), limits.maxQueryLength());
        }
        return q;
    }

    static SearchRequest parse(Context ctx, ServerSettings limits) {
        String q = query(ctx, limits);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Dimension d : Dimension.all()) {
            String dim = d.key();
            List<String> values = ctx.queryParams(dim).stream().filter(v -> !v.isBlank()).distinct().toList();
            if (values.size() > MAX_FILTER_VALUES) {
                throw new BadRequestException("tooManyValues", "too many " + dim + " values; at most "
                        + MAX_FILTER_VALUES, dim, MAX_FILTER_VALUES);
            }
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestException("toBeforeFrom", "to (" + to + ") is before from (" + from + ")",
                    to.toString(), from.toString());
        }
        LocalDate eventFrom = date(ctx, "eventFrom");
        LocalDate eventTo = date(ctx, "eventTo");
        if (eventFrom != null && eventTo != null && eventTo.isBefore(eventFrom)) {
            throw new BadRequestException("toBeforeFrom", "eventTo (" + eventTo + ") is before eventFrom ("
                    + eventFrom + ")", eventTo.toString(), eventFrom.toString());
        }
        int page = integer(ctx, "page", 1, 1, limits.maxPage());
        int size = integer(ctx, "size", limits.defaultPageSize(), 1, limits.maxPageSize());
        SearchRequest.Sort sort;
        try {
            sort = SearchRequest.Sort.parse(ctx.queryParam("sort"));
        } catch (BadQueryException e) {
            throw new BadRequestException(e.code(), e.getMessage(), e.args().toArray());
        }
        String eventPlace = ctx.queryParam("eventPlace");
        return new SearchRequest(q, filters, from, to, sort, page, size, locale(ctx), eventFrom, eventTo,
                eventPlace == null || eventPlace.isBlank() ? null : eventPlace.strip());
    }

    /**
     * Reads how many facet values the answer carries: {@code facet.limit} (values per level, -1 or 0 for all),
     * {@code facet.<dimension>.limit} for one dimension, and {@code facet.expand=<dimension>:<value>} (repeatable) for
     * the children of a value. Any other {@code facet.} parameter is refused, so that a misspelt one does not go
     * unnoticed.
     */
    static FacetLimits facetLimits(Context ctx) {
        int limit = facetLimit(ctx, FACET_LIMIT, FacetLimits.DEFAULT_LIMIT);
        Map<String, Integer> perDimension = new LinkedHashMap<>();
        for (String name : ctx.queryParamMap().keySet()) {
            if (!name.startsWith(FACET_PREFIX) || name.equals(FACET_LIMIT) || name.equals(FACET_EXPAND)) {
                continue;
            }
            String dim = name.endsWith(LIMIT_SUFFIX)
                    ? name.substring(FACET_PREFIX.length(), name.length() - LIMIT_SUFFIX.length()) : "";
            if (Dimension.of(dim).isEmpty()) {
                throw new BadRequestException("unknownFacetParam", "unknown parameter '" + abbreviate(name)
                        + "'; facet.limit, facet.<dimension>.limit and facet.expand are known", abbreviate(name));
            }
            perDimension.put(dim, facetLimit(ctx, name, limit));
        }
        List<String> asked = ctx.queryParams(FACET_EXPAND).stream().filter(v -> !v.isBlank()).distinct().toList();
        if (asked.size() > MAX_FILTER_VALUES) {
            throw new BadRequestException("tooManyValues", "too many " + FACET_EXPAND + " values; at most "
                    + MAX_FILTER_VALUES, FACET_EXPAND, MAX_FILTER_VALUES);
        }
        Map<String, Set<String>> expand = new LinkedHashMap<>();
        for (String v : asked) {
            int colon = v.indexOf(':');
            Dimension dim = colon < 0 ? null : Dimension.of(v.substring(0, colon).strip()).orElse(null);
            String value = colon < 0 ? "" : v.substring(colon + 1).strip();
            if (dim == null || !dim.hierarchical() || value.isEmpty()) {
                throw new BadRequestException("badExpand", "facet.expand must name a dimension with sub-values"
                        + " (region, sector, year) and one of its values, as in region:ITC; got '" + abbreviate(v)
                        + "'", abbreviate(v));
            }
            expand.computeIfAbsent(dim.key(), k -> new java.util.LinkedHashSet<>()).add(value);
        }
        return new FacetLimits(limit, perDimension, expand);
    }

    /**
     * Reads {@code snippet.length}, the characters of text a hit's snippet keeps at most (as Solr's
     * {@code hl.fragsize}), 0 for no snippet. By default about three lines, as search engines show; the engines mark
     * up to 840 characters of passages, so a larger value gives the whole of what they marked.
     */
    static int snippetChars(Context ctx) {
        return integer(ctx, SNIPPET_LENGTH, DEFAULT_SNIPPET_CHARS, 0, MAX_SNIPPET_CHARS);
    }

    /** @return the limit parameter {@code name}, with -1 (as Solr writes "no limit") read as {@link FacetLimits#ALL} */
    private static int facetLimit(Context ctx, String name, int dflt) {
        int n = integer(ctx, name, dflt, -1, MAX_FACET_LIMIT);
        return n < 0 ? FacetLimits.ALL : n;
    }

    static String locale(Context ctx) {
        String explicit = ctx.queryParam("hl");
        if (explicit != null && explicit.matches("[a-zA-Z]{2}")) {
            return explicit.toLowerCase(Locale.ROOT);
        }
        // the labels follow the page: the browser's best choice among the interface languages
        return Messages.language(null, ctx.header("Accept-Language"));
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("badDate", name + " must be a date as YYYY-MM-DD; got '"
                    + abbreviate(v) + "'", name, abbreviate(v));
        }
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("notNumber", name + " must be a whole number; got '" + abbreviate(v)
                    + "'", name, abbreviate(v));
        }
        if (n < min || n > max) {
            throw new BadRequestException("outOfRange", name + " must be between " + min + " and " + max
                    + "; got " + n, name, min, max, n);
        }
        return n;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
