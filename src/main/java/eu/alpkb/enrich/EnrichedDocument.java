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
 * @param regions     region tags, most specific codes only (ancestors are implied)
 * @param sectors     sector tags, most specific ids only
 * @param orgs        organisations mentioned
 * @param projects    projects mentioned
 * @param fetchedAt   when its bytes were read
 * @param contentHash hash of the extracted content, to notice unchanged documents
 * @param archived    whether the document is gone from its source and kept as an archived copy
 */
public record EnrichedDocument(String id, String source, ExtractedDocument doc, String type, String lang,
                               List<Tag> regions, List<Tag> sectors, List<Tag> orgs, List<Tag> projects,
                               Instant fetchedAt, String contentHash, boolean archived) {
    public EnrichedDocument {
        regions = List.copyOf(regions);
        sectors = List.copyOf(sectors);
        orgs = List.copyOf(orgs);
        projects = List.copyOf(projects);
    }
}
