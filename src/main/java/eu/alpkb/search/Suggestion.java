package eu.alpkb.search;

/**
 * One completion.
 *
 * @param text   what to show and put into the query box
 * @param id     the document id for titles, the filter value for regions, sectors, organisations, projects and
 *               people, else null
 * @param type   {@code document type} for titles, or {@code region}, {@code sector}, {@code org}, {@code project},
 *               {@code person}
 * @param entity the id of the entity's page ({@code org:plastipolis}) for a region, sector, organisation, project or
 *               person, else null
 */
public record Suggestion(String text, String id, String type, String entity) {
    /** A completion that names no entity. */
    public Suggestion(String text, String id, String type) {
        this(text, id, type, null);
    }
}
