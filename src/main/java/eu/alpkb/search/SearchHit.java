package eu.alpkb.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One result row.
 *
 * @param snippet HTML-escaped text with matches wrapped in {@code <mark>}
 * @param titleHtml HTML-escaped title with matches wrapped in {@code <mark>}
 */
public record SearchHit(String id, String url, String title, String titleHtml, String type, LocalDate date,
                        String lang, List<String> regions, List<String> sectors, String snippet, float score,
                        boolean archived) {
}
