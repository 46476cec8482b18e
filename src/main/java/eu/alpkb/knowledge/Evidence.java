package eu.alpkb.knowledge;

/**
 * Where a fact comes from.
 *
 * @param how           {@code vocabulary} (the configured files), {@code review} ({@code entities.yaml}),
 *                      {@code pattern} (words of a document, read by the finders) or {@code markup} (a page's own
 *                      structured data)
 * @param documentId    the document that states it, or null for the vocabularies
 * @param documentTitle its title, or null
 * @param text          the sentence or words that state it, or null
 * @param confidence    how sure the finder was of it in that document (0..1), where it says; null otherwise
 */
public record Evidence(String how, String documentId, String documentTitle, String text, Double confidence) {
    public static final String VOCABULARY = "vocabulary";
    public static final String REVIEW = "review";
    public static final String PATTERN = "pattern";
    public static final String MARKUP = "markup";

    /** Evidence without a confidence. */
    public Evidence(String how, String documentId, String documentTitle, String text) {
        this(how, documentId, documentTitle, text, null);
    }

    /** @return evidence from the configured vocabularies */
    public static Evidence vocabulary() {
        return new Evidence(VOCABULARY, null, null, null);
    }
}
