package eu.alpkb.index;

import java.util.List;

/** Names of every index field and facet dimension, in one place. */
public final class IndexFields {
    /** Bumped whenever documents written by an older version could be misread; such an index is rebuilt. */
    public static final int SCHEMA_VERSION = 8;
    public static final String SCHEMA_VERSION_KEY = "alpkb.schemaVersion";

    public static final String ID = "id";
    /** The address a document was read from; exact-match key for incremental updates. */
    public static final String URL = "url";
    public static final String CANONICAL_URL = "canonicalUrl";
    public static final String SOURCE = "source";
    /** Hash of the raw bytes: an unchanged download is recognised before it is parsed again. */
    public static final String BYTES_HASH = "bytesHash";
    /** Hash of the extracted content: the same article under two addresses is indexed once. */
    public static final String CONTENT_HASH = "contentHash";

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String TEXT = "text";
    public static final String ORGS_TEXT = "orgsText";
    public static final String PROJECTS_TEXT = "projectsText";
    /** Per-language stemmed copies of title and text are named {@code title_en}, {@code text_de}... */
    public static final List<String> STEMMED_LANGUAGES = List.of("en", "it", "fr", "de");

    public static final String AUTHOR = "author";
    public static final String CONTENT_TYPE = "contentType";
    public static final String PAGE_COUNT = "pageCount";
    /** Where each page of a paged document starts in its text, as comma-separated offsets: a hit names its page. */
    public static final String PAGE_STARTS = "pageStarts";
    public static final String FETCHED_AT = "fetchedAt";
    public static final String ARCHIVED = "archived";
    /** Stored JSON of all tags with their evidence, for the document page. */
    public static final String TAGS_JSON = "tagsJson";
    /**
     * Key of the places only named in passing within {@link #TAGS_JSON}: kept with their evidence for the record, but
     * never a facet value, since the region facet says what a document is about.
     */
    public static final String MENTIONS = "mentions";
    /**
     * Key of the vocabulary organisations only named in passing (partner lists, examples, contact lines) within
     * {@link #TAGS_JSON}, as {@link #MENTIONS} for places: kept with their evidence, never a facet value. Indexed too,
     * as a keyword field of that name, so that an organisation's page can list the documents that mention it.
     */
    public static final String ORG_MENTIONS = "orgMentions";
    /** Stored JSON of the other sources that delivered the same content, with their addresses. */
    public static final String ALSO_FROM = "alsoFrom";
    /** Stored JSON of the people a document quotes, interviews or names in a role, with their evidence. */
    public static final String PEOPLE = "people";
    /**
     * Stored JSON of the organisations a document names that the vocabulary does not know, with their confidence and
     * evidence: shown on the document's page, never a facet value (they are not checked as vocabulary entries are).
     */
    public static final String FOUND_ORGS = "foundOrgs";
    /**
     * {@code true} in the documents that have {@link #FOUND_ORGS}: the knowledge base gathers found organisations from
     * those alone instead of reading every document of the index.
     */
    public static final String WITH_FOUND_ORGS = "withFoundOrgs";
    /** The event's own date as the text gives it ({@code 2025-05-12}, {@code 2021-11}), apart from {@link #DATE}. */
    public static final String EVENT_DATE = "eventDate";
    /** Region code of where the event takes place. */
    public static final String EVENT_PLACE = "eventPlace";
    /** Words the event date and place were read from. */
    public static final String EVENT_EVIDENCE = "eventEvidence";
    /** The event's last day as the text gives it, for events of several days; absent for one-day events. */
    public static final String EVENT_END_DATE = "eventEndDate";
    /** The event's name as the text writes it. */
    public static final String EVENT_NAME = "eventName";
    /**
     * Who organises or hosts the event, as {@code Event.organiser} gives it (a vocabulary organisation's id, a project's
     * name, or an organisation found beyond the vocabulary by name): stored, and indexed for the events of one organiser.
     */
    public static final String EVENT_ORGANISER = "eventOrganiser";
    /**
     * First and last day of the event (days since 1970-01-01), at the precision its date has: a day, a whole month or
     * a whole year. Points for filters by event date, doc values for listing events in order.
     */
    public static final String EVENT_START = "eventStart";
    public static final String EVENT_END = "eventEnd";
    /** Region codes of where the event takes place and of every region above it, for filters by place. */
    public static final String EVENT_PLACES = "eventPlaces";
    /** Days since 1970-01-01: points for range filters, doc values for sorting and recency. */
    public static final String DATE = "date";

    public static final String TYPE = "type";
    public static final String LANG = "lang";
    public static final String REGION = "region";
    public static final String SECTOR = "sector";
    public static final String ORG = "org";
    public static final String PROJECT = "project";
    public static final String PERSON = "person";
    /** Year → month facet of the publication date. */
    public static final String YEAR = "year";

    private IndexFields() {
    }

    public static String stemmed(String field, String lang) {
        return field + "_" + lang;
    }
}
