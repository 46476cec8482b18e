package eu.alpkb.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Everything the archive knows about one entity.
 *
 * @param id          stable id, {@code <kind>:<key>}
 * @param kind        {@link EntityKind#key()}
 * @param name        display name in the asked language
 * @param names       names per language where the vocabularies give them
 * @param aliases     other names it is found by
 * @param confirmed   whether it is in the reviewed vocabularies or {@code entities.yaml}, rather than only found
 * @param confidence  for an organisation found in the texts, the finder's highest confidence over its documents
 *                    (0..1); null for the others
 * @param documents   documents about it (or, for a person, that quote or name the person)
 * @param facts       what is known about it, each with its evidence
 * @param appearsWith per kind of entity, those named in the same documents, most shared documents first
 * @param years       documents per year of publication, oldest first
 * @param timeline    its documents, oldest first (at most {@link KnowledgeBase#TIMELINE})
 * @param events      the events it is part of, by their own dates, earliest first
 * @param mentionedIn for an organisation of the vocabulary, how many documents name it only in passing (a partner
 *                    list, an example) without being about it; 0 for the others
 * @param mentions    those documents, oldest first (at most {@link KnowledgeBase#TIMELINE})
 */
public record Entity(String id, String kind, String name, Map<String, String> names, List<String> aliases,
                     boolean confirmed, Double confidence, long documents, List<Fact> facts,
                     Map<String, List<EntityRef>> appearsWith, Map<String, Integer> years,
                     List<TimelineEntry> timeline, List<TimelineEntry> events, long mentionedIn,
                     List<TimelineEntry> mentions) {
    public Entity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** An entity no document only mentions. */
    public Entity(String id, String kind, String name, Map<String, String> names, List<String> aliases,
                  boolean confirmed, Double confidence, long documents, List<Fact> facts,
                  Map<String, List<EntityRef>> appearsWith, Map<String, Integer> years,
                  List<TimelineEntry> timeline, List<TimelineEntry> events) {
        this(id, kind, name, names, aliases, confirmed, confidence, documents, facts, appearsWith, years, timeline,
                events, 0, List.of());
    }

    /** @return this entity with the documents that only mention it */
    Entity withMentions(long count, List<TimelineEntry> documents) {
        return new Entity(id, kind, name, names, aliases, confirmed, confidence, this.documents, facts, appearsWith,
                years, timeline, events, count, documents);
    }
}
