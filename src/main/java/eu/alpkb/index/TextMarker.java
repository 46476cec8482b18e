package eu.alpkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the words of a query in a document's paragraphs, for showing a whole document with the words its reader
 * searched for. Works on the texts alone, without an index, so every engine marks alike.
 */
public final class TextMarker {
    private final Analyzers analyzers;

    public TextMarker(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * Each text is read as the document's language first, so "devices" marks "device" in an English text, then as
     * accent- and case-folded words.
     *
     * @param lang the document's language, or null
     * @return for each text, escaped HTML with {@code <mark>} around each match, or null when nothing in it matches
     */
    public List<String> mark(Query query, List<String> texts, String lang) {
        List<String> out = new ArrayList<>(Collections.nCopies(texts.size(), (String) null));
        int longest = texts.stream().mapToInt(t -> t == null ? 0 : t.length()).max().orElse(0);
        UnifiedHighlighter whole = new UnifiedHighlighter(UnifiedHighlighter.builderWithoutSearcher(analyzers.index())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(longest + 1).withBreakIterator(WholeBreakIterator::new)
                // each word on its own: the whole query need not match one paragraph for its words to be marked
                .withWeightMatches(false).withHandleMultiTermQuery(true));
        List<String> fields = lang != null && IndexFields.STEMMED_LANGUAGES.contains(lang)
                ? List.of(IndexFields.stemmed(IndexFields.TEXT, lang), IndexFields.TEXT) : List.of(IndexFields.TEXT);
        try {
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                if (text == null || text.isBlank()) {
                    continue;
                }
                for (String field : fields) {
                    Object marked = whole.highlightWithoutSearcher(field, query, text, 1);
                    String html = marked == null ? null : marked.toString();
                    if (html != null && html.contains("<mark>")) {
                        out.set(i, html);
                        break;
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
