package eu.alpkb.extract;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document's content, whatever its format: what the extractors produce and the enrichers read.
 *
 * @param url          address it was read from
 * @param canonicalUrl address the document declares as its own ({@code rel=canonical}), else {@code url}
 * @param title        title, never empty (falls back to the file name)
 * @param text         main text, boilerplate removed, paragraphs separated by blank lines
 * @param summary      meta description or first paragraph, may be empty
 * @param author       author or issuing organisation, or null
 * @param date         publication date, or null when none could be found
 * @param declaredLang language the document declares (two letters), or null
 * @param mediaType    sniffed media type, e.g. {@code text/html}, {@code application/pdf}
 * @param pageCount    pages of a paged format, 0 otherwise
 * @param links        absolute http(s) links found in the document, in order, without duplicates
 * @param hints        words that tell what kind of page it is (breadcrumb, schema.org type, section names)
 * @param pageStarts   for a paged format, where each page's text starts in {@code text}: entry {@code n - 1} is the
 *                     offset of page {@code n} (a page without text starts where the next one does); empty otherwise
 * @param declaredOrgs organisations the page's structured data declares as its author, its subject or the organiser
 *                     of its event, each with the markup that says so ("JSON-LD author", "microdata organizer");
 *                     never the site's publisher
 * @param declaredEvent  the one event the page's structured data declares, or null
 * @param declaredPeople people the page's structured data declares with a role (its event's speakers, a person item
 *                       with a job title)
 */
public record ExtractedDocument(String url, String canonicalUrl, String title, String text, String summary,
                                String author, LocalDate date, String declaredLang, String mediaType, int pageCount,
                                List<String> links, List<String> hints, List<Integer> pageStarts,
                                Map<String, String> declaredOrgs, DeclaredEvent declaredEvent,
                                List<DeclaredPerson> declaredPeople) {
    public ExtractedDocument {
        declaredPeople = declaredPeople == null ? List.of() : List.copyOf(declaredPeople);
        declaredOrgs = declaredOrgs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(declaredOrgs));
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
        links = links == null ? List.of() : List.copyOf(links);
        hints = hints == null ? List.of() : List.copyOf(hints);
        canonicalUrl = canonicalUrl == null ? url : canonicalUrl;
        summary = summary == null ? "" : summary;
        text = text == null ? "" : text;
    }

    /** A document whose markup declares no event and no person. */
    public ExtractedDocument(String url, String canonicalUrl, String title, String text, String summary, String author,
                             LocalDate date, String declaredLang, String mediaType, int pageCount, List<String> links,
                             List<String> hints, List<Integer> pageStarts, Map<String, String> declaredOrgs) {
        this(url, canonicalUrl, title, text, summary, author, date, declaredLang, mediaType, pageCount, links, hints,
                pageStarts, declaredOrgs, null, List.of());
    }

    /** A document whose markup declares no organisation. */
    public ExtractedDocument(String url, String canonicalUrl, String title, String text, String summary, String author,
                             LocalDate date, String declaredLang, String mediaType, int pageCount, List<String> links,
                             List<String> hints, List<Integer> pageStarts) {
        this(url, canonicalUrl, title, text, summary, author, date, declaredLang, mediaType, pageCount, links, hints,
                pageStarts, Map.of());
    }

    /** A document whose text is not divided into pages. */
    public ExtractedDocument(String url, String canonicalUrl, String title, String text, String summary, String author,
                             LocalDate date, String declaredLang, String mediaType, int pageCount, List<String> links,
                             List<String> hints) {
        this(url, canonicalUrl, title, text, summary, author, date, declaredLang, mediaType, pageCount, links, hints,
                List.of());
    }

    /**
     * @return the page of a paged document that holds the character at {@code offset} of the text (from 1), or 0 for a
     *         document without pages
     */
    public int pageAt(int offset) {
        return Pages.at(pageStarts, offset);
    }

    /** @return the text, led by the summary unless the text already holds it (it is often the first paragraph) */
    public String body() {
        return summary.isEmpty() || text.contains(summary) ? text : summary + "\n" + text;
    }
}
