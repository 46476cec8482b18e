package eu.alpkb.search;

import eu.alpkb.enrich.Event;
import java.time.LocalDate;
import java.util.List;

/**
 * One result row.
 *
 * @param snippet HTML-escaped text with matches wrapped in {@code <mark>}
 * @param titleHtml HTML-escaped title with matches wrapped in {@code <mark>}
 * @param event the event the document announces or reports, with its own date and place, or null
 * @param page  for a paged document (a PDF), the page the snippet's best passage is on, from 1; 0 otherwise
 */
public record SearchHit(String id, String url, String title, String titleHtml, String type, LocalDate date,
                        String lang, List<String> regions, List<String> sectors, String snippet, float score,
                        boolean archived, Event event, int page) {
}
