package eu.alpkb.knowledge;

import java.util.List;

/**
 * What a search page shows about an entity its query names, above the results.
 *
 * @param entity the entity, linked to its page
 * @param facts  its first facts from the reviewed vocabularies
 */
public record Card(EntityRef entity, List<Fact> facts) {
}
