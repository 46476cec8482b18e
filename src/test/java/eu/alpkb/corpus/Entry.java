package eu.alpkb.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * A news item ({@code src/items/NNN-slug.md}) or a record page ({@code src/records/slug.md}), as read from its source.
 *
 * @param source      path of the source relative to the corpus folder, e.g. {@code src/items/021-x.md}
 * @param fileName    source file name without {@code .md}; what documents name in {@code linked_from}
 * @param slug        file name without the number prefix; the page's file name
 * @param record      true for project and organisation records, which live outside the dated item folders
 * @param date        publication date; may be null for records only
 * @param dateMarkup  how the page shows the date; null when the page shows none
 * @param author      may be null
 * @param interviewee may be null; set for video interviews
 * @param facts       people quoted, events announced or reported and organisations the text is about; answer key only
 */
record Entry(String source, String fileName, String slug, boolean record, String title, LocalDate date, String type,
             String lang, String section, DateMarkup dateMarkup, String author, String summary, List<String> regions,
             List<String> sectors, Facts.Person interviewee, List<String> attachments, String recordId, List<Block> body,
             Facts facts) {

    Entry {
        regions = List.copyOf(regions);
        sectors = List.copyOf(sectors);
        attachments = List.copyOf(attachments);
        body = List.copyOf(body);
    }

    /** Path of the page below the site root: {@code section/yyyy/slug.html}, or {@code section/slug.html} for records. */
    String path() {
        return record ? section + "/" + slug + ".html" : section + "/" + date.getYear() + "/" + slug + ".html";
    }
}
