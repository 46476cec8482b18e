package eu.alpkb.enrich;

import java.util.List;

/**
 * One inferred label with the words that caused it, so that a reader can see why a document carries it.
 *
 * @param id       region code, sector id, organisation id or project id
 * @param evidence the matched words as they appear in the document (at most a handful)
 */
public record Tag(String id, List<String> evidence) {
    public Tag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
