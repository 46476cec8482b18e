package eu.alpkb.index;

import java.util.List;
import java.util.Optional;

/**
 * The facet dimensions, declared once: each one's name (which is also its filter parameter and its index field), its
 * shape, whether a document can have several values, and its title. Everything that lists, counts, filters or labels
 * facets walks this type instead of a list of its own, so a new dimension is added here and nowhere else.
 */
public enum Dimension {
    REGION("region", Shape.TREE, true, "Region", "Regions"),
    SECTOR("sector", Shape.TREE, true, "Sector", "Sectors"),
    TYPE("type", Shape.FLAT, false, "Type", "Types"),
    LANG("lang", Shape.FLAT, false, "Language", "Languages"),
    ORG("org", Shape.FLAT, true, "Organisation", "Organisations"),
    PROJECT("project", Shape.FLAT, true, "Project", "Projects"),
    YEAR("year", Shape.CALENDAR, false, "Year", "Years");

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
    private final String title;
    private final String pluralTitle;

    Dimension(String key, Shape shape, boolean multiValued, String title, String pluralTitle) {
        this.key = key;
        this.shape = shape;
        this.multiValued = multiValued;
        this.title = title;
        this.pluralTitle = pluralTitle;
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

    /** @return the English title shown above the dimension's values */
    public String title() {
        return title;
    }

    /** @return the English title of a list of several values, as a document's tags */
    public String pluralTitle() {
        return pluralTitle;
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
