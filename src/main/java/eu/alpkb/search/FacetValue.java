package eu.alpkb.search;

import java.util.List;

/**
 * One facet value with its count and, for hierarchical dimensions, its children.
 *
 * @param value    the id or code used in filters
 * @param label    display name in the request's language
 * @param count    matching documents (for the dimension's own values, ignoring the dimension's own filter)
 * @param selected whether the request filters on this value
 * @param more     children left out of {@code children} by {@link FacetLimits}; the engines give every child, so 0
 */
public record FacetValue(String value, String label, int count, boolean selected, List<FacetValue> children,
                         int more) {
    /** A value with every one of its children, as the engines give it. */
    public FacetValue(String value, String label, int count, boolean selected, List<FacetValue> children) {
        this(value, label, count, selected, children, 0);
    }
}
