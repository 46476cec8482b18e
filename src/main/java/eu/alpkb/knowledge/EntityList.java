package eu.alpkb.knowledge;

import java.util.List;

/** A page of entities, most documented first. */
public record EntityList(long total, int page, int size, List<EntityRef> entities) {
}
