package eu.alpkb.enrich;

/**
 * A person a document quotes, interviews or names in a role.
 *
 * @param name         the name as the text writes it, or as {@code entities.yaml} spells a confirmed person
 * @param role         the role (and organisation) as the text gives it, or null when it gives none
 * @param evidence     the sentence the person was found in
 * @param organisation id of the organisation the person works for, when the role names a known one or a reviewer
 *                     said so; null otherwise
 * @param employer     name of the organisation found beyond the vocabulary that the person works for when the role
 *                     names none ("its president"): the one organisation the document is about; null otherwise
 */
public record Person(String name, String role, String evidence, String organisation, String employer) {
    /** A person whose organisation is not known. */
    public Person(String name, String role, String evidence) {
        this(name, role, evidence, null, null);
    }

    /** A person whose organisation, if any, the role or a reviewer gives. */
    public Person(String name, String role, String evidence, String organisation) {
        this(name, role, evidence, organisation, null);
    }
}
