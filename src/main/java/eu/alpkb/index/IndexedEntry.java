package eu.alpkb.index;

import eu.alpkb.enrich.SourceCopy;
import java.util.List;

/**
 * What the live index holds for one document: enough for a run to decide whether to keep, archive, replace or delete
 * it without reading the document itself.
 *
 * @param bytesHash   hash of the bytes it was extracted from, to recognise an unchanged download
 * @param contentHash hash of its extracted content, to tell a changed document from a re-download
 * @param alsoFrom    the other sources that delivered the same content
 */
public record IndexedEntry(String id, String url, String bytesHash, String contentHash, String source,
                           boolean archived, List<SourceCopy> alsoFrom) {
    public IndexedEntry {
        alsoFrom = alsoFrom == null ? List.of() : List.copyOf(alsoFrom);
    }
}
