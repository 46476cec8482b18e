package eu.alpkb.web;

import java.util.List;

/**
 * Everything document.jte shows about one document.
 *
 * @param backUrl     the search this page was opened from, or null when it was not opened from a search
 * @param paragraphs  the full text, one entry per paragraph (single line breaks kept inside), with the words of
 *                    that search marked
 * @param originalUrl the source address when it can be linked, else null
 * @param original    the source address as text
 * @param tags        why the document carries each region, sector, organisation and project
 */
record DocumentView(Frame frame, String id, String title, String summary, String backUrl, List<Meta> meta,
                    List<TagGroup> tags, List<Highlighted> paragraphs, String originalUrl, String original, boolean pdf, int pageCount,
                    List<Related> related) {

    /**
     * One line of metadata.
     *
     * @param datetime machine-readable form for a {@code <time>} element, or null
     */
    record Meta(String name, String value, String datetime) {
    }

    /** The tags of one dimension. */
    record TagGroup(String title, List<TagView> tags) {
    }

    /**
     * One tag with the words that caused it.
     *
     * @param searchUrl a search filtered by this tag
     * @param entityUrl the page of the entity the tag names, or null when it names none
     * @param note      how it was found and how sure, or null
     */
    record TagView(String label, String searchUrl, String entityUrl, List<String> evidence, String note) {
        TagView(String label, String searchUrl, String entityUrl, List<String> evidence) {
            this(label, searchUrl, entityUrl, evidence, null);
        }
    }

    /** A related document. */
    record Related(String title, String url, String typeLabel, String dateIso, String dateText) {
    }
}
