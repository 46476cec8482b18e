package eu.alpkb.knowledge;

import java.util.List;

/**
 * What a search page shows about an entity its query names, above the results.
 *
 * @param entity the entity, linked to its page
 * @param facts  its first facts from the reviewed vocabularies; for an organisation found in the texts, its kind and
 *               the people whose role names it, with the sentences that say so
 */
public record Card(EntityRef entity, List<Fact> facts) {
}
