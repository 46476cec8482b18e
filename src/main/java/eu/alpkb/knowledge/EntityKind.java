package eu.alpkb.knowledge;

import eu.alpkb.search.Dimension;
import java.util.Optional;

/** The kinds of entities, each with the facet dimension that says which documents are about one. */
public enum EntityKind {
    ORG("org", Dimension.ORG),
    PERSON("person", Dimension.PERSON),
    PROJECT("project", Dimension.PROJECT),
    PLACE("place", Dimension.REGION),
    SECTOR("sector", Dimension.SECTOR),
    /** An event a document announces or reports; its id is the document's. */
    EVENT("event", null);

    private final String key;
    private final Dimension dimension;

    EntityKind(String key, Dimension dimension) {
        this.key = key;
        this.dimension = dimension;
    }

    /** @return the name in ids ({@code org:plastipolis}) and in the {@code kind} parameter */
    public String key() {
        return key;
    }

    /** @return the dimension whose filter selects the entity's documents, or null for events */
    public Dimension dimension() {
        return dimension;
    }

    /** @return the kind called {@code key}, if there is one */
    public static Optional<EntityKind> of(String key) {
        for (EntityKind k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the kind a {@code kind} parameter names: its key, or for organisations the whole word in either spelling
     *         ({@code organisation}, {@code organization})
     */
    public static Optional<EntityKind> ofParameter(String value) {
        if (value.equals("organisation") || value.equals("organization")) {
            return Optional.of(ORG);
        }
        return of(value);
    }

    /** @return the kind of entity a dimension's values are, if they are entities */
    public static Optional<EntityKind> of(Dimension dimension) {
        for (EntityKind k : values()) {
            if (k.dimension == dimension) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
