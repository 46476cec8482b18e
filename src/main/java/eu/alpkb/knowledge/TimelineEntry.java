package eu.alpkb.knowledge;

import java.time.LocalDate;

/**
 * A document on an entity's timeline.
 *
 * @param documentId the document's id ({@code /doc/{id}})
 * @param date       its publication date, or null
 * @param event      the date of the event it announces or reports, at the precision the text gives, or null
 */
public record TimelineEntry(String documentId, String title, String type, LocalDate date, String event) {
}
