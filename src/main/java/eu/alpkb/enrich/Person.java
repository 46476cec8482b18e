package eu.alpkb.enrich;

/**
 * A person a document quotes, interviews or names in a role.
 *
 * @param name     the name as the text writes it
 * @param role     the role (and organisation) as the text gives it, or null when it gives none
 * @param evidence the sentence the person was found in
 */
public record Person(String name, String role, String evidence) {
}
