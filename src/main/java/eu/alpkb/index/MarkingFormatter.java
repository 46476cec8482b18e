package eu.alpkb.index;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Marks the matches of a hit's passages as escaped HTML, like {@link DefaultPassageFormatter}, and also says where
 * the best of them starts, so that a hit in a paged document (a PDF) can name the page its snippet comes from.
 */
public final class MarkingFormatter extends PassageFormatter {
    private final DefaultPassageFormatter html = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

    /**
     * Passages with their matches marked.
     *
     * @param html      the passages, escaped, with {@code <mark>} around each match
     * @param bestStart offset in the text where the best-scoring passage starts, or -1 without passages
     */
    public record Marked(String html, int bestStart) {
        @Override
        public String toString() {
            return html;
        }
    }

    @Override
    public Object format(Passage[] passages, String content) {
        int best = -1;
        float score = Float.NEGATIVE_INFINITY;
        for (Passage p : passages) {
            if (p.getScore() > score) {
                score = p.getScore();
                best = p.getStartOffset();
            }
        }
        return new Marked(html.format(passages, content), best);
    }
}
