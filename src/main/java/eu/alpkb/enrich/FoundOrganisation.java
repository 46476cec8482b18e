package eu.alpkb.enrich;

/**
 * An organisation a document names that the vocabulary does not know, found by the page's markup or by the words
 * around its name.
 *
 * @param name       the name as the document writes it, with the short form it defines in parentheses, if any
 * @param kind       cluster, university, chamber, agency, company, authority, network or other
 * @param confidence how sure the finder is that the name is an organisation the document is about (0..1)
 * @param evidence   the sentence it was found in, or the markup that declares it
 * @param how        {@link #MARKUP} or {@link #PATTERN}
 */
public record FoundOrganisation(String name, String kind, double confidence, String evidence, String how) {
    /** Found in the page's own structured data (JSON-LD). */
    public static final String MARKUP = "markup";
    /** Found by the words of its name in the text. */
    public static final String PATTERN = "pattern";
}
