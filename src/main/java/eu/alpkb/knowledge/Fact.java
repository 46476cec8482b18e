package eu.alpkb.knowledge;

/**
 * One thing known about an entity: a value ({@code programme}: "Alpine Space 2007-2013") or a link to another
 * entity ({@code worksFor}: Plastipolis, with the role as the text gives it).
 *
 * @param name     what the fact says: {@code kind}, {@code website}, {@code programme}, {@code start}, {@code end},
 *                 {@code description}, {@code date}, {@code role}, {@code basedIn}, {@code worksFor},
 *                 {@code leadOf}, {@code partnerOf}, {@code lead}, {@code partner}, {@code heldIn},
 *                 {@code organisedBy}, {@code partOf}, {@code sector}, {@code parent}, {@code part}
 * @param value    the value as text (a role, a date, an address), or null when the fact is only a link
 * @param entity   the entity it links to, or null
 * @param evidence where it comes from
 */
public record Fact(String name, String value, EntityRef entity, Evidence evidence) {
}
