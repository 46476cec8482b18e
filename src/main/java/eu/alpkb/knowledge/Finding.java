package eu.alpkb.knowledge;

/**
 * An entity found in the texts and not reviewed yet, with the first place it was found, for a reviewer to confirm
 * or reject in {@code entities.yaml}.
 */
public record Finding(EntityRef entity, Evidence evidence) {
}
