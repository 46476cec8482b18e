package eu.alpkb.search;

import eu.alpkb.enrich.Event;
import eu.alpkb.enrich.SourceCopy;
import eu.alpkb.enrich.Tag;
import eu.alpkb.index.DocumentMapper;
import eu.alpkb.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * A document as stored in the index, read back for hits and document pages.
 *
 * @param tags  the tags with their evidence per dimension, and the places only named in passing under
 *              {@link IndexFields#MENTIONS}
 * @param event    the event the document announces or reports, or null
 * @param alsoFrom the other sources that delivered the same content, with its address there
 */
public record StoredDocument(String id, String url, String canonicalUrl, String source, String title, String summary,
                             String text, String author, LocalDate date, String lang, String type, String contentType,
                             int pageCount, Instant fetchedAt, boolean archived, Map<String, List<Tag>> tags,
                             Event event, List<SourceCopy> alsoFrom) {
    static StoredDocument from(Document d) {
        IndexableField date = d.getField(IndexFields.DATE);
        IndexableField fetched = d.getField(IndexFields.FETCHED_AT);
        IndexableField pages = d.getField(IndexFields.PAGE_COUNT);
        Map<String, List<Tag>> tags;
        List<SourceCopy> alsoFrom;
        try {
            tags = DocumentMapper.storedTags(d);
            alsoFrom = DocumentMapper.storedAlsoFrom(d);
        } catch (IOException e) {
            throw new UncheckedIOException("stored tags are not valid JSON", e);
        }
        return new StoredDocument(d.get(IndexFields.ID), d.get(IndexFields.URL), d.get(IndexFields.CANONICAL_URL),
                d.get(IndexFields.SOURCE), d.get(IndexFields.TITLE), nullToEmpty(d.get(IndexFields.SUMMARY)),
                nullToEmpty(d.get(IndexFields.TEXT)), d.get(IndexFields.AUTHOR),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), d.get(IndexFields.LANG),
                d.get(IndexFields.TYPE), d.get(IndexFields.CONTENT_TYPE),
                pages == null ? 0 : pages.numericValue().intValue(),
                fetched == null ? null : Instant.ofEpochMilli(fetched.numericValue().longValue()),
                Boolean.parseBoolean(d.get(IndexFields.ARCHIVED)), tags, DocumentMapper.storedEvent(d),
                alsoFrom);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public List<String> regions() {
        return ids(IndexFields.REGION);
    }

    /** @return places only named in passing: kept with their evidence, never facet values */
    public List<Tag> mentions() {
        return tags.getOrDefault(IndexFields.MENTIONS, List.of());
    }

    public List<String> sectors() {
        return ids(IndexFields.SECTOR);
    }

    public List<String> orgs() {
        return ids(IndexFields.ORG);
    }

    public List<String> projects() {
        return ids(IndexFields.PROJECT);
    }

    private List<String> ids(String dim) {
        return tags.getOrDefault(dim, List.of()).stream().map(Tag::id).toList();
    }
}
