package eu.alpkb.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The index as readers meet it: everything the API, the pages, the exports and the command line ask of it. The
 * embedded Lucene index implements it; nothing above this interface knows which engine answers.
 */
public interface SearchIndex {
    /** Completions asked for at most. */
    int MAX_SUGGESTIONS = 10;

    /**
     * @throws BadQueryException when a filter value cannot be used (the text of the query never is one)
     */
    SearchResult search(SearchRequest request);

    /** Checks a request without searching, for answers that must fail before anything is sent. */
    void validate(SearchRequest request);

    /**
     * Marks the words of {@code query} in each of {@code texts} (a document's paragraphs).
     *
     * @return for each text, escaped HTML with {@code <mark>} around each match, or null when nothing in it matches
     */
    List<String> markTexts(String query, List<String> texts, String lang);

    /**
     * Streams every document matching {@code request} (its page and size are ignored) to {@code sink}, in the
     * request's order, without their text.
     *
     * @return the number of documents written
     */
    long export(SearchRequest request, Consumer<StoredDocument> sink);

    /**
     * Streams, oldest first and without their text, the documents in which organisations beyond the vocabularies were
     * found: what the knowledge base gathers those organisations from, without reading every document.
     *
     * @return the number of documents written
     */
    long exportWithFoundOrganisations(Consumer<StoredDocument> sink);

    /**
     * The documents that name a vocabulary organisation only in passing, not as what they are about: what its page
     * lists apart from the documents about it (the organisation facet).
     *
     * @param orgId the organisation's vocabulary id
     * @param max   how many documents to read at most
     * @return how many there are, and the first {@code max}, oldest first, without their text
     */
    Mentions mentioning(String orgId, int max);

    /** @return the date of the newest document, or null without dated documents */
    LocalDate newestDate();

    /** @return how the cache of recent answers is doing */
    CacheStats cacheStats();

    /** @return the document with {@code id}, if the index has it */
    Optional<StoredDocument> document(String id);

    /**
     * Reads many documents at once for what their records hold (tags, people, organisations, events): for pages that
     * gather facts from dozens of documents and show none of their texts.
     *
     * @return the documents with these ids that the index has, in the order given, each with an empty text
     */
    List<StoredDocument> documentsWithoutText(List<String> ids);

    /** @return documents like the one with {@code id}, or empty when there is no such document */
    Optional<List<StoredDocument>> related(String id);

    /** @return completions of what is being typed: regions, organisations, projects and titles */
    List<Suggestion> suggest(String prefix, int max);

    /** @return whether a published index exists */
    boolean hasIndex();

    /** @return the searchable documents (0 without an index) */
    int documentCount();

    /** @return a name for the published index (a generation, a collection), or null without one */
    String generation();

    /**
     * @return a name for what the index holds now, which changes with every change readers can see (a new generation,
     *         an incremental update), for answers derived from the whole index to know when to derive them again;
     *         null without an index
     */
    String version();

    /** @return bytes the published index takes, as far as the engine says */
    long sizeInBytes();

    /** @return the version of the index layout this service writes; an index of another is rebuilt */
    int schemaVersion();

    /** @return live documents per source name, in name order; empty without an index */
    Map<String, Integer> documentsPerSource();
}
