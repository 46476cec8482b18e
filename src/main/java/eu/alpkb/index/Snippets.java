package eu.alpkb.index;

import eu.alpkb.search.Html;
import java.util.function.Supplier;

/** The snippet of a hit, the same whichever engine marked its words. */
public final class Snippets {
    /** Passages of the text a snippet shows around the matches. */
    public static final int PASSAGES = 2;
    /** Characters of a snippet made from the start of a text, where nothing matched. */
    public static final int CHARS = 280;
    /** Characters of text a snippet of marked passages shows at most; an answer may ask for fewer. */
    public static final int MARKED_CHARS = CHARS * 3;

    private Snippets() {
    }

    /**
     * @param marked   the passages with their matches in {@code <mark>}, escaped, or null or blank when none matched
     * @param summary  the document's summary, possibly blank
     * @param fullText the document's text, read only when there is neither a match nor a summary
     * @return escaped HTML: the marked passages cut to a readable length, else the start of the summary or text
     */
    public static String of(String marked, String summary, Supplier<String> fullText) {
        if (marked == null || marked.isBlank()) {
            String fallback = summary == null || summary.isBlank() ? fullText.get() : summary;
            return Html.escape(abbreviate(fallback == null ? "" : fallback));
        }
        return Html.cut(marked, MARKED_CHARS);
    }

    private static String abbreviate(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.length() <= CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', CHARS);
        return t.substring(0, cut > 0 ? cut : CHARS) + " …";
    }
}
