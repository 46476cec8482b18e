package eu.alpkb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many facet values an answer carries, in the manner of Solr's {@code facet.limit} and Elasticsearch's terms
 * {@code size}: of each level of a dimension, the first values in the engine's order (most documents first; years
 * newest first), and, whatever their rank, the values the request selects or asks to expand with the path down to
 * them. Children come only under those; what is left out at each level is counted, so that a client can offer "show
 * more". Applied to the engine-neutral answer, so every engine answers alike and the cache of answers serves every
 * limit.
 *
 * @param limit        values per level, or {@link #ALL}
 * @param perDimension limits that replace {@code limit} for some dimensions, by key
 * @param expand       per dimension key, the values whose children the answer carries
 */
public record FacetLimits(int limit, Map<String, Integer> perDimension, Map<String, Set<String>> expand) {
    /** As a limit: every value, children included. */
    public static final int ALL = 0;
    /**
     * Values per level by default: as many as the search page shows of a dimension before its "more" disclosure, so
     * that an answer holds what a page shows at once.
     */
    public static final int DEFAULT_LIMIT = 8;
    /** Every value of every dimension at every level: the answer of {@code /api/facets}. */
    public static final FacetLimits EVERY_VALUE = new FacetLimits(ALL, Map.of(), Map.of());
    /** The limits of a request that asks for none. */
    public static final FacetLimits DEFAULT = new FacetLimits(DEFAULT_LIMIT, Map.of(), Map.of());

    /**
     * @throws IllegalArgumentException for a negative limit
     */
    public FacetLimits {
        perDimension = Map.copyOf(perDimension);
        expand = Map.copyOf(expand);
        if (limit < 0 || perDimension.values().stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("a facet limit is a number of values, or 0 for all");
        }
    }

    /**
     * The facets as an answer carries them.
     *
     * @param facets per dimension key, the values left at the top level
     * @param more   per dimension key, the top-level values left out
     */
    public record Trimmed(Map<String, List<FacetValue>> facets, Map<String, Integer> more) {
    }

    /** @return the values per level of dimension {@code dim}, or {@link #ALL} */
    public int limit(String dim) {
        return perDimension.getOrDefault(dim, limit);
    }

    /** @return {@code facets} (every value, as an engine gives them) cut to these limits */
    public Trimmed apply(Map<String, List<FacetValue>> facets) {
        Map<String, List<FacetValue>> kept = new LinkedHashMap<>();
        Map<String, Integer> more = new LinkedHashMap<>();
        facets.forEach((dim, values) -> {
            Level level = level(dim, values, 0);
            kept.put(dim, level.values());
            more.put(dim, level.more());
        });
        return new Trimmed(kept, more);
    }

    /** Values kept at one level of a dimension and the number left out. */
    private record Level(List<FacetValue> values, int more) {
    }

    private Level level(String dim, List<FacetValue> values, int depth) {
        int n = limitAt(dim, depth);
        List<FacetValue> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            FacetValue v = values.get(i);
            boolean open = n == ALL || leadsTo(dim, v);
            if (!open && i >= n) {
                continue;
            }
            Level children = open ? level(dim, v.children(), depth + 1) : new Level(List.of(), v.children().size());
            kept.add(new FacetValue(v.value(), v.label(), v.count(), v.selected(), children.values(),
                    children.more()));
        }
        return new Level(kept, values.size() - kept.size());
    }

    /**
     * The months of a year are never cut: twelve at most, in the order of the calendar rather than by count, and a
     * chart of a year needs them all.
     */
    private int limitAt(String dim, int depth) {
        boolean months = depth > 0 && Dimension.of(dim).map(d -> d.shape() == Dimension.Shape.CALENDAR).orElse(false);
        return months ? ALL : limit(dim);
    }

    /** @return whether {@code v} is selected or asked to expand, or lies on the way to such a value */
    private boolean leadsTo(String dim, FacetValue v) {
        if (v.selected() || expand.getOrDefault(dim, Set.of()).contains(v.value())) {
            return true;
        }
        for (FacetValue c : v.children()) {
            if (leadsTo(dim, c)) {
                return true;
            }
        }
        return false;
    }
}
