package eu.alpkb.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.Event;
import eu.alpkb.enrich.EventSpan;
import eu.alpkb.enrich.FoundOrganisation;
import eu.alpkb.enrich.Person;
import eu.alpkb.enrich.SourceCopy;
import eu.alpkb.enrich.Tag;
import eu.alpkb.extract.ExtractedDocument;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.StoredDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Maps an enriched document to its Lucene fields. The only place that knows how a document is laid out. */
public final class DocumentMapper {
    /** Text with offsets in the postings, so the highlighter need not re-analyse stored text per hit. */
    static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets;
    private final Vocabularies vocab;
    /** Writes and reads the stored tags; thread-safe once configured. */
    private static final ObjectMapper JSON = new ObjectMapper();

    public DocumentMapper(FacetsConfig facets, Vocabularies vocab) {
        this.facets = facets;
        this.vocab = vocab;
    }

    /** @return the facet configuration documents are mapped with */
    public FacetsConfig facets() {
        return facets;
    }

    /** @return a config with every dimension's shape; build once and share */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Dimension dim : Dimension.all()) {
            config.setHierarchical(dim.key(), dim.hierarchical());
            config.setMultiValued(dim.key(), dim.multiValued());
        }
        return config;
    }

    /**
     * @param bytesHash hash of the raw bytes the document was extracted from
     */
    public Document toLucene(EnrichedDocument e, String bytesHash) throws IOException {
        return facets.build(fields(e, bytesHash));
    }

    /**
     * The document's fields before Lucene's facet encoding: each facet value is still a
     * {@link SortedSetDocValuesFacetField} with its dimension and path, so another engine can lay them out its own way.
     *
     * @param bytesHash hash of the raw bytes the document was extracted from
     */
    public Document fields(EnrichedDocument e, String bytesHash) throws IOException {
        ExtractedDocument d = e.doc();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, e.id(), Field.Store.YES));
        // the last key of every sort by date, so that documents of the same day come in the same order in either engine
        doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(e.id())));
        doc.add(new StringField(IndexFields.URL, d.url(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.CANONICAL_URL, d.canonicalUrl()));
        doc.add(new StringField(IndexFields.SOURCE, e.source(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.BYTES_HASH, bytesHash));
        doc.add(new StringField(IndexFields.CONTENT_HASH, e.contentHash(), Field.Store.YES));

        doc.add(new Field(IndexFields.TITLE, d.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexFields.SUMMARY, d.summary(), TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexFields.TEXT, d.text(), TEXT_WITH_OFFSETS));
        // organisations only mentioned stay searchable by their name, as places named in passing stay searchable by
        // their words: only the facet says what a document is about
        List<Tag> named = new java.util.ArrayList<>(e.orgs());
        named.addAll(e.orgMentions());
        String orgNames = names(named, true);
        String projectNames = names(e.projects(), false);
        if (IndexFields.STEMMED_LANGUAGES.contains(e.lang())) {
            doc.add(new TextField(IndexFields.stemmed(IndexFields.TITLE, e.lang()), d.title(), Field.Store.NO));
            // Names go into the stemmed text too, so "clusters" finds an organisation called "... Cluster".
            doc.add(new TextField(IndexFields.stemmed(IndexFields.TEXT, e.lang()), d.body() + "\n" + orgNames
                    + projectNames, Field.Store.NO));
        }
        doc.add(new TextField(IndexFields.ORGS_TEXT, orgNames, Field.Store.NO));
        doc.add(new TextField(IndexFields.PROJECTS_TEXT, projectNames, Field.Store.NO));

        if (d.author() != null) {
            doc.add(new StoredField(IndexFields.AUTHOR, d.author()));
        }
        doc.add(new StoredField(IndexFields.CONTENT_TYPE, d.mediaType()));
        doc.add(new StoredField(IndexFields.PAGE_COUNT, d.pageCount()));
        if (!d.pageStarts().isEmpty()) {
            doc.add(new StoredField(IndexFields.PAGE_STARTS, d.pageStarts().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","))));
        }
        doc.add(new StoredField(IndexFields.FETCHED_AT, e.fetchedAt().toEpochMilli()));
        doc.add(new StringField(IndexFields.ARCHIVED, Boolean.toString(e.archived()), Field.Store.YES));
        doc.add(new StoredField(IndexFields.TAGS_JSON, tagsJson(e)));
        if (!e.alsoFrom().isEmpty()) {
            doc.add(new StoredField(IndexFields.ALSO_FROM, JSON.writeValueAsString(e.alsoFrom())));
        }
        if (!e.people().isEmpty()) {
            doc.add(new StoredField(IndexFields.PEOPLE, JSON.writeValueAsString(e.people())));
        }
        if (!e.foundOrgs().isEmpty()) {
            doc.add(new StoredField(IndexFields.FOUND_ORGS, JSON.writeValueAsString(e.foundOrgs())));
            doc.add(new StringField(IndexFields.WITH_FOUND_ORGS, "true", Field.Store.NO));
        }
        if (e.event() != null) {
            if (e.event().date() != null) {
                doc.add(new StoredField(IndexFields.EVENT_DATE, e.event().date()));
            }
            if (e.event().place() != null) {
                doc.add(new StoredField(IndexFields.EVENT_PLACE, e.event().place()));
                for (String code : vocab.regionPath(e.event().place())) {
                    doc.add(new StringField(IndexFields.EVENT_PLACES, code, Field.Store.NO));
                }
            }
            doc.add(new StoredField(IndexFields.EVENT_EVIDENCE, e.event().evidence()));
            if (e.event().end() != null) {
                doc.add(new StoredField(IndexFields.EVENT_END_DATE, e.event().end()));
            }
            if (e.event().name() != null) {
                doc.add(new StoredField(IndexFields.EVENT_NAME, e.event().name()));
            }
            if (e.event().organiser() != null) {
                doc.add(new StringField(IndexFields.EVENT_ORGANISER, e.event().organiser(), Field.Store.YES));
            }
            EventSpan span = EventSpan.of(e.event());
            if (span != null) {
                doc.add(new LongPoint(IndexFields.EVENT_START, span.first().toEpochDay()));
                doc.add(new NumericDocValuesField(IndexFields.EVENT_START, span.first().toEpochDay()));
                doc.add(new LongPoint(IndexFields.EVENT_END, span.last().toEpochDay()));
                doc.add(new NumericDocValuesField(IndexFields.EVENT_END, span.last().toEpochDay()));
            }
        }

        doc.add(new StringField(IndexFields.TYPE, e.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(IndexFields.TYPE, e.type()));
        doc.add(new StringField(IndexFields.LANG, e.lang(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(IndexFields.LANG, e.lang()));
        for (Tag t : e.regions()) {
            List<String> path = vocab.regionPath(t.id());
            doc.add(new SortedSetDocValuesFacetField(IndexFields.REGION, path.toArray(String[]::new)));
        }
        for (Tag t : e.sectors()) {
            List<String> path = vocab.sectorPath(t.id());
            doc.add(new SortedSetDocValuesFacetField(IndexFields.SECTOR, path.toArray(String[]::new)));
        }
        for (Tag t : e.orgs()) {
            doc.add(new SortedSetDocValuesFacetField(IndexFields.ORG, t.id()));
        }
        for (Tag t : e.orgMentions()) {
            doc.add(new StringField(IndexFields.ORG_MENTIONS, t.id(), Field.Store.NO));
        }
        for (Tag t : e.projects()) {
            doc.add(new SortedSetDocValuesFacetField(IndexFields.PROJECT, t.id()));
        }
        for (Person p : e.people()) {
            doc.add(new SortedSetDocValuesFacetField(IndexFields.PERSON, p.name()));
        }
        if (d.date() != null) {
            long day = d.date().toEpochDay();
            doc.add(new LongPoint(IndexFields.DATE, day));
            doc.add(new NumericDocValuesField(IndexFields.DATE, day));
            doc.add(new StoredField(IndexFields.DATE, day));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.YEAR, Integer.toString(d.date().getYear()),
                    String.format("%02d", d.date().getMonthValue())));
        } else {
            // Undated documents come last when sorting newest first, the order browsing uses. Lucene wants every
            // document to give a field the same structures, so the point is there too; date filters start above it.
            doc.add(new LongPoint(IndexFields.DATE, Long.MIN_VALUE));
            doc.add(new NumericDocValuesField(IndexFields.DATE, Long.MIN_VALUE));
        }
        return doc;
    }

    /**
     * Rebuilds the enriched record of an indexed document from its stored fields, so that it can be written again
     * unchanged but for {@code archived} (documents gone from their source are kept as archived copies).
     */
    public EnrichedDocument fromStored(Document d, boolean archived) throws IOException {
        Map<String, List<Tag>> tags = storedTags(d);
        org.apache.lucene.index.IndexableField date = d.getField(IndexFields.DATE);
        org.apache.lucene.index.IndexableField pages = d.getField(IndexFields.PAGE_COUNT);
        ExtractedDocument extracted = new ExtractedDocument(d.get(IndexFields.URL), d.get(IndexFields.CANONICAL_URL),
                d.get(IndexFields.TITLE), d.get(IndexFields.TEXT), d.get(IndexFields.SUMMARY), d.get(IndexFields.AUTHOR),
                date == null ? null : java.time.LocalDate.ofEpochDay(date.numericValue().longValue()), null,
                d.get(IndexFields.CONTENT_TYPE), pages == null ? 0 : pages.numericValue().intValue(), List.of(),
                List.of(), pageStarts(d));
        return new EnrichedDocument(d.get(IndexFields.ID), d.get(IndexFields.SOURCE), extracted,
                d.get(IndexFields.TYPE), d.get(IndexFields.LANG), tags.getOrDefault(IndexFields.REGION, List.of()),
                tags.getOrDefault(IndexFields.MENTIONS, List.of()),
                tags.getOrDefault(IndexFields.SECTOR, List.of()), tags.getOrDefault(IndexFields.ORG, List.of()),
                tags.getOrDefault(IndexFields.PROJECT, List.of()), storedEvent(d),
                java.time.Instant.ofEpochMilli(d.getField(IndexFields.FETCHED_AT).numericValue().longValue()),
                d.get(IndexFields.CONTENT_HASH), archived, storedAlsoFrom(d), storedPeople(d), storedFoundOrgs(d),
                tags.getOrDefault(IndexFields.ORG_MENTIONS, List.of()));
    }

    private static List<Integer> pageStarts(Document d) {
        String stored = d.get(IndexFields.PAGE_STARTS);
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<Integer> starts = new java.util.ArrayList<>();
        for (String s : stored.split(",")) {
            starts.add(Integer.parseInt(s));
        }
        return starts;
    }

    // Readers made once: reading a hit's JSON through the mapper resolved its generic type again every time (a quarter
    // of the time spent reading stored tags, ArchiveBench profile)
    private static final com.fasterxml.jackson.databind.ObjectReader COPIES =
            JSON.readerFor(new com.fasterxml.jackson.core.type.TypeReference<List<SourceCopy>>() {
            });

    private static final com.fasterxml.jackson.databind.ObjectReader PEOPLE =
            JSON.readerFor(new com.fasterxml.jackson.core.type.TypeReference<List<Person>>() {
            });

    private static final com.fasterxml.jackson.databind.ObjectReader FOUND =
            JSON.readerFor(new com.fasterxml.jackson.core.type.TypeReference<List<FoundOrganisation>>() {
            });

    /** @return the organisations found beyond the vocabulary stored with a document */
    public static List<FoundOrganisation> storedFoundOrgs(Document d) throws IOException {
        String stored = d.get(IndexFields.FOUND_ORGS);
        return stored == null ? List.of() : FOUND.readValue(stored);
    }

    /** @return the people stored with a document */
    public static List<Person> storedPeople(Document d) throws IOException {
        String stored = d.get(IndexFields.PEOPLE);
        return stored == null ? List.of() : PEOPLE.readValue(stored);
    }

    /** @return the other sources a stored document was also found in */
    public static List<SourceCopy> storedAlsoFrom(Document d) throws IOException {
        String stored = d.get(IndexFields.ALSO_FROM);
        return stored == null ? List.of() : COPIES.readValue(stored);
    }

    /** @return the event stored with a document, or null when it has none */
    public static Event storedEvent(Document d) {
        Event event = new Event(d.get(IndexFields.EVENT_DATE), d.get(IndexFields.EVENT_PLACE),
                d.get(IndexFields.EVENT_EVIDENCE), d.get(IndexFields.EVENT_END_DATE), d.get(IndexFields.EVENT_NAME),
                d.get(IndexFields.EVENT_ORGANISER));
        return event.isEmpty() ? null : event;
    }

    private static final com.fasterxml.jackson.databind.ObjectReader TAGS =
            JSON.readerFor(new com.fasterxml.jackson.core.type.TypeReference<Map<String, List<Tag>>>() {
            });

    /** @return the tags with their evidence as stored with a document, per dimension (region, sector, org, project) */
    public static Map<String, List<Tag>> storedTags(Document d) throws IOException {
        String stored = d.get(IndexFields.TAGS_JSON);
        return stored == null ? Map.of() : TAGS.readValue(stored);
    }

    /**
     * The names of the tagged organisations or projects, without their aliases: an alias ("AlpCafé" for a project)
     * must find the documents that use it, not every document tagged with the entry.
     */
    private String names(List<Tag> tags, boolean orgs) {
        StringBuilder sb = new StringBuilder();
        for (Tag t : tags) {
            if (orgs) {
                vocab.organisation(t.id()).ifPresent(o -> sb.append(o.name()).append('\n'));
            } else {
                vocab.project(t.id()).ifPresent(p -> sb.append(p.name()).append('\n'));
            }
        }
        return sb.toString();
    }

    private String tagsJson(EnrichedDocument e) throws JsonProcessingException {
        Map<String, List<Tag>> all = new LinkedHashMap<>();
        all.put(IndexFields.REGION, e.regions());
        all.put(IndexFields.MENTIONS, e.mentions());
        all.put(IndexFields.SECTOR, e.sectors());
        all.put(IndexFields.ORG, e.orgs());
        all.put(IndexFields.ORG_MENTIONS, e.orgMentions());
        all.put(IndexFields.PROJECT, e.projects());
        return JSON.writeValueAsString(all);
    }

    /** @return the stored fields of an indexed document, as hits and document pages show them */
    public static StoredDocument toStored(Document d) {
        IndexableField date = d.getField(IndexFields.DATE);
        IndexableField fetched = d.getField(IndexFields.FETCHED_AT);
        IndexableField pages = d.getField(IndexFields.PAGE_COUNT);
        Map<String, List<Tag>> tags;
        List<SourceCopy> alsoFrom;
        List<Person> people;
        List<FoundOrganisation> foundOrgs;
        try {
            tags = storedTags(d);
            alsoFrom = storedAlsoFrom(d);
            people = storedPeople(d);
            foundOrgs = storedFoundOrgs(d);
        } catch (IOException e) {
            throw new UncheckedIOException("stored tags are not valid JSON", e);
        }
        return new StoredDocument(d.get(IndexFields.ID), d.get(IndexFields.URL), d.get(IndexFields.CANONICAL_URL),
                d.get(IndexFields.SOURCE), d.get(IndexFields.TITLE), Objects.toString(d.get(IndexFields.SUMMARY), ""),
                Objects.toString(d.get(IndexFields.TEXT), ""), d.get(IndexFields.AUTHOR),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), d.get(IndexFields.LANG),
                d.get(IndexFields.TYPE), d.get(IndexFields.CONTENT_TYPE),
                pages == null ? 0 : pages.numericValue().intValue(),
                fetched == null ? null : Instant.ofEpochMilli(fetched.numericValue().longValue()),
                Boolean.parseBoolean(d.get(IndexFields.ARCHIVED)), tags, storedEvent(d),
                alsoFrom, people, pageStarts(d), foundOrgs);
    }
}
