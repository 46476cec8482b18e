package eu.alpkb.ingest.crawl;

/**
 * Where one archived response record starts.
 *
 * @param file   name of the WARC file inside the source's archive folder
 * @param offset byte offset of the record's (compressed) start in that file
 */
public record ArchiveLocation(String file, long offset) {
}
