package eu.alpkb.search;

import java.util.List;
import java.util.Optional;

/**
 * The facet dimensions, declared once: each one's name (which is also its filter parameter and its index field), its
 * shape and whether a document can have several values. Everything that lists, counts, filters or labels facets walks
 * this type instead of a list of its own, so a new dimension is added here, with its titles ({@code dim.<name>},
 * {@code dims.<name>}) in the pages' message bundles, and nowhere else.
 */
public enum Dimension {
    REGION("region", Shape.TREE, true),
    SECTOR("sector", Shape.TREE, true),
    TYPE("type", Shape.FLAT, false),
    LANG("lang", Shape.FLAT, false),
    ORG("org", Shape.FLAT, true),
    PROJECT("project", Shape.FLAT, true),
    /** The people a document quotes, interviews or names in a role, by the name pages show. */
    PERSON("person", Shape.FLAT, true),
    YEAR("year", Shape.CALENDAR, false);

    /** How a dimension's values nest. */
    public enum Shape {
        /** One level of values. */
        FLAT,
        /** Values with children of their own (a country, its regions, their provinces). */
        TREE,
        /** A year, then its months: nested, but shown as a histogram rather than a tree. */
        CALENDAR
    }

    private static final List<Dimension> ALL = List.of(values());

    private final String key;
    private final Shape shape;
    private final boolean multiValued;

    Dimension(String key, Shape shape, boolean multiValued) {
        this.key = key;
        this.shape = shape;
        this.multiValued = multiValued;
    }

    /** @return the name used as the filter parameter, the facet key in answers and the index field */
    public String key() {
        return key;
    }

    public Shape shape() {
        return shape;
    }

    /** @return whether values nest, so that a filter on a parent selects its children */
    public boolean hierarchical() {
        return shape != Shape.FLAT;
    }

    public boolean multiValued() {
        return multiValued;
    }

    /** @return every dimension, in the order answers, pages and links list them */
    public static List<Dimension> all() {
        return ALL;
    }

    /** @return the dimension called {@code key}, if there is one */
    public static Optional<Dimension> of(String key) {
        for (Dimension d : ALL) {
            if (d.key.equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
