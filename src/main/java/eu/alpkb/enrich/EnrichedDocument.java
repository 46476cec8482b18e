package eu.alpkb.enrich;

import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.util.List;

/**
 * An extracted document with everything inferred about it: ready to index.
 *
 * @param id          stable id derived from the canonical URL
 * @param source      name of the source it came from
 * @param doc         the extracted content
 * @param type        content type id (news, interview, event...)
 * @param lang        language code (two letters), or "und" when unknown
 * @param regions     regions the document is about, most specific codes only (ancestors are implied): the facet
 * @param mentions    regions only named in passing (lists, datelines, addresses, comparisons): searchable words and
 *                    evidence, never facet values
 * @param sectors     sector tags, most specific ids only
 * @param orgs        organisations the document is about (its subject, the organiser of its event, the employers of
 *                    the people it quotes, the lead of what it presents): the facet
 * @param projects    projects mentioned
 * @param event       the event the document announces or reports, apart from its publication date, or null
 * @param fetchedAt   when its bytes were read
 * @param contentHash hash of the extracted content, to notice unchanged documents
 * @param archived    whether the document is gone from its source and kept as an archived copy
 * @param alsoFrom    the other sources that delivered the same content, each with its address there
 * @param people      the people the document quotes, interviews or names in a role, with the sentence
 * @param foundOrgs   organisations the document names that the vocabulary does not know, each with its confidence
 *                    and evidence; only those sure enough to show
 * @param orgMentions organisations of the vocabulary only named in passing (partner lists, examples, contact lines):
 *                    kept with their evidence for the record and the knowledge base, never facet values
 */
public record EnrichedDocument(String id, String source, ExtractedDocument doc, String type, String lang,
                               List<Tag> regions, List<Tag> mentions, List<Tag> sectors, List<Tag> orgs,
                               List<Tag> projects, Event event, Instant fetchedAt, String contentHash,
                               boolean archived, List<SourceCopy> alsoFrom, List<Person> people,
                               List<FoundOrganisation> foundOrgs, List<Tag> orgMentions) {
    public EnrichedDocument {
        orgMentions = orgMentions == null ? List.of() : List.copyOf(orgMentions);
        foundOrgs = foundOrgs == null ? List.of() : List.copyOf(foundOrgs);
        people = people == null ? List.of() : List.copyOf(people);
        alsoFrom = alsoFrom == null ? List.of() : List.copyOf(alsoFrom);
        regions = List.copyOf(regions);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        sectors = List.copyOf(sectors);
        orgs = List.copyOf(orgs);
        projects = List.copyOf(projects);
    }

    /** A document without organisations only named in passing. */
    public EnrichedDocument(String id, String source, ExtractedDocument doc, String type, String lang,
                            List<Tag> regions, List<Tag> mentions, List<Tag> sectors, List<Tag> orgs,
                            List<Tag> projects, Event event, Instant fetchedAt, String contentHash,
                            boolean archived, List<SourceCopy> alsoFrom, List<Person> people,
                            List<FoundOrganisation> foundOrgs) {
        this(id, source, doc, type, lang, regions, mentions, sectors, orgs, projects, event, fetchedAt, contentHash,
                archived, alsoFrom, people, foundOrgs, List.of());
    }

    /** A document without organisations found beyond the vocabulary. */
    public EnrichedDocument(String id, String source, ExtractedDocument doc, String type, String lang,
                            List<Tag> regions, List<Tag> mentions, List<Tag> sectors, List<Tag> orgs,
                            List<Tag> projects, Event event, Instant fetchedAt, String contentHash,
                            boolean archived, List<SourceCopy> alsoFrom, List<Person> people) {
        this(id, source, doc, type, lang, regions, mentions, sectors, orgs, projects, event, fetchedAt, contentHash,
                archived, alsoFrom, people, List.of());
    }

    /** @return this document, found also in {@code copies} (replacing those it had) */
    public EnrichedDocument withAlsoFrom(List<SourceCopy> copies) {
        return new EnrichedDocument(id, source, doc, type, lang, regions, mentions, sectors, orgs, projects, event,
                fetchedAt, contentHash, archived, copies, people, foundOrgs, orgMentions);
    }
}
