package eu.alpkb.index;

/**
 * What the live index holds for one document: enough for a run to decide whether to keep, archive, replace or delete
 * it without reading the document itself.
 *
 * @param bytesHash   hash of the bytes it was extracted from, to recognise an unchanged download
 * @param contentHash hash of its extracted content, to tell a changed document from a re-download
 */
public record IndexedEntry(String id, String url, String bytesHash, String contentHash, String source,
                           boolean archived) {
}
