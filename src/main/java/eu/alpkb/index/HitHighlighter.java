package eu.alpkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks a hit's words from its stored title and text alone, with the settings the embedded index's highlighter uses
 * on its postings: for an engine whose own highlighter cuts passages differently, so both show the same snippets.
 */
public final class HitHighlighter {
    private final UnifiedHighlighter text;
    private final UnifiedHighlighter title;
    private final UnifiedHighlighter textByPhrase;
    private final UnifiedHighlighter titleByPhrase;

    public HitHighlighter(Analyzers analyzers) {
        this.text = textHighlighter(analyzers, false);
        this.title = titleHighlighter(analyzers, false);
        this.textByPhrase = textHighlighter(analyzers, true);
        this.titleByPhrase = titleHighlighter(analyzers, true);
    }

    private static UnifiedHighlighter textHighlighter(Analyzers analyzers, boolean strictPhrases) {
        return new UnifiedHighlighter(UnifiedHighlighter.builderWithoutSearcher(analyzers.index())
                .withFormatter(new MarkingFormatter()).withHighlightPhrasesStrictly(strictPhrases)
                .withScorer(new LeanPassageScorer())
                .withMaxLength(100_000).withHandleMultiTermQuery(true).withWeightMatches(false)
                .withBreakIterator(SentenceBreaks::new));
    }

    private static UnifiedHighlighter titleHighlighter(Analyzers analyzers, boolean strictPhrases) {
        return new UnifiedHighlighter(UnifiedHighlighter.builderWithoutSearcher(analyzers.index())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withHighlightPhrasesStrictly(strictPhrases).withScorer(new LeanPassageScorer())
                .withMaxLength(100_000).withHandleMultiTermQuery(true).withWeightMatches(false)
                .withBreakIterator(WholeBreakIterator::new));
    }

    /**
     * @param strictPhrases whether a phrase is marked only where its words stand together (a quoted phrase)
     * @return the text's best passages with the words of {@code query} marked and where the best starts, or null
     */
    public MarkingFormatter.Marked passages(Query query, String value, boolean strictPhrases) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            Object marked = (strictPhrases ? textByPhrase : text).highlightWithoutSearcher(IndexFields.TEXT, query,
                    value, Snippets.PASSAGES);
            return marked instanceof MarkingFormatter.Marked m ? m : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the whole title with the words of {@code query} marked, escaped, or null */
    public String title(Query query, String value, boolean strictPhrases) {
        return mark(strictPhrases ? titleByPhrase : title, IndexFields.TITLE, query, value, 1);
    }

    private static String mark(UnifiedHighlighter h, String field, Query query, String value, int passages) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            Object marked = h.highlightWithoutSearcher(field, query, value, passages);
            return marked == null ? null : marked.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
