package eu.alpkb.extract;

/**
 * A person a page's structured data declares with a role: a speaker of its event, or a schema.org {@code Person}
 * item of its own with a job title. A person declared only as the author of the page is none of these.
 *
 * @param name         the name as declared
 * @param role         the job title, or null
 * @param organisation the name of the organisation the person works for, or null
 * @param how          {@link DeclaredEvent#JSON_LD} or {@link DeclaredEvent#MICRODATA}
 */
public record DeclaredPerson(String name, String role, String organisation, String how) {
}
