package eu.alpkb.search;

/**
 * One completion.
 *
 * @param text what to show and put into the query box
 * @param id   the document id for titles, the filter value for regions/organisations/projects, else null
 * @param type {@code document type} for titles, or {@code region}, {@code org}, {@code project}
 */
public record Suggestion(String text, String id, String type) {
}
