package eu.alpkb.knowledge;

/**
 * A link to an entity, with the number of documents behind the link (about the entity in a list of entities;
 * shared with the entity a page is about in "appears with").
 *
 * @param id        stable id, {@code <kind>:<key>}
 * @param kind      {@link EntityKind#key()}
 * @param name      display name in the asked language
 * @param documents documents counted, 0 when not counted
 */
public record EntityRef(String id, String kind, String name, int documents) {
}
