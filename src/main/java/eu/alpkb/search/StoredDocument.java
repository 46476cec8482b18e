package eu.alpkb.search;

import eu.alpkb.enrich.Event;
import eu.alpkb.enrich.FoundOrganisation;
import eu.alpkb.enrich.Person;
import eu.alpkb.enrich.SourceCopy;
import eu.alpkb.enrich.Tag;
import eu.alpkb.extract.Pages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A document as stored in the index, read back for hits and document pages.
 *
 * @param tags  the tags with their evidence per dimension, and the places and organisations only named in passing
 *              under {@link #MENTIONS} and {@link #ORG_MENTIONS}
 * @param event    the event the document announces or reports, or null
 * @param alsoFrom the other sources that delivered the same content, with its address there
 * @param people   the people the document quotes, interviews or names in a role
 * @param pageStarts where each page of a paged document starts in {@code text} (page {@code n} at entry
 *                   {@code n - 1}); empty for other documents
 * @param foundOrgs  organisations the document names that the vocabulary does not know, with their evidence
 */
public record StoredDocument(String id, String url, String canonicalUrl, String source, String title, String summary,
                             String text, String author, LocalDate date, String lang, String type, String contentType,
                             int pageCount, Instant fetchedAt, boolean archived, Map<String, List<Tag>> tags,
                             Event event, List<SourceCopy> alsoFrom, List<Person> people,
                             List<Integer> pageStarts, List<FoundOrganisation> foundOrgs) {
    /** Key of the places only named in passing among {@link #tags}. */
    public static final String MENTIONS = "mentions";
    /** Key of the organisations only named in passing among {@link #tags}. */
    public static final String ORG_MENTIONS = "orgMentions";

    public StoredDocument {
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
        foundOrgs = foundOrgs == null ? List.of() : List.copyOf(foundOrgs);
    }

    /** A document without organisations found beyond the vocabulary. */
    public StoredDocument(String id, String url, String canonicalUrl, String source, String title, String summary,
                          String text, String author, LocalDate date, String lang, String type, String contentType,
                          int pageCount, Instant fetchedAt, boolean archived, Map<String, List<Tag>> tags,
                          Event event, List<SourceCopy> alsoFrom, List<Person> people, List<Integer> pageStarts) {
        this(id, url, canonicalUrl, source, title, summary, text, author, date, lang, type, contentType, pageCount,
                fetchedAt, archived, tags, event, alsoFrom, people, pageStarts, List.of());
    }

    /** @return the page (from 1) holding the character at {@code offset} of the text, or 0 for a document without pages */
    public int pageAt(int offset) {
        return Pages.at(pageStarts, offset);
    }

    public List<String> regions() {
        return ids(Dimension.REGION.key());
    }

    /** @return places only named in passing: kept with their evidence, never facet values */
    public List<Tag> mentions() {
        return tags.getOrDefault(MENTIONS, List.of());
    }

    public List<String> sectors() {
        return ids(Dimension.SECTOR.key());
    }

    public List<String> orgs() {
        return ids(Dimension.ORG.key());
    }

    /** @return organisations of the vocabulary only named in passing: kept with their evidence, never facet values */
    public List<Tag> orgMentions() {
        return tags.getOrDefault(ORG_MENTIONS, List.of());
    }

    public List<String> projects() {
        return ids(Dimension.PROJECT.key());
    }

    private List<String> ids(String dim) {
        return tags.getOrDefault(dim, List.of()).stream().map(Tag::id).toList();
    }
}
