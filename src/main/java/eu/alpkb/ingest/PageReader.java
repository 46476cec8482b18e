package eu.alpkb.ingest;

/**
 * Reads a fetched HTML page once, for the source that fetched it and for the extraction that follows: a source
 * passes the result on with the resource ({@link FetchedResource#withRead}) instead of parsing the page itself.
 */
public interface PageReader {
    /** Never throws: a page that cannot be read yields no links, and says why when it is extracted. */
    PageFacts read(FetchedResource resource);
}
