package eu.alpkb.enrich;

/**
 * Where else a document was found: another source that delivered the same content (the same page crawled and saved
 * in a folder, one article on two sites), kept on the one document instead of a second copy in the results.
 *
 * @param source the other source's name
 * @param url    the address it has there
 */
public record SourceCopy(String source, String url) {
}
