package eu.alpkb.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages of a paged document's text: where each page starts, carried through extraction as marks in the text so
 * that the clean-up of spaces and lines cannot shift them, and the page an offset of the text falls on.
 */
public final class Pages {
    /** Opens a page mark; the page number follows, then {@link #CLOSE}. Private-use characters: no text has them. */
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    private Pages() {
    }

    /** @return the mark put before the first text of page {@code page} */
    static String mark(int page) {
        return OPEN + Integer.toString(page) + CLOSE;
    }

    /** A text with the page marks taken out, and where each page starts in it. */
    record Marked(String text, List<Integer> starts) {
    }

    /**
     * Takes the page marks out of {@code text}.
     *
     * @param pageCount the document's pages; pages without a mark (no text on them) start where the next one does
     */
    static Marked unmark(String text, int pageCount) {
        StringBuilder out = new StringBuilder(text.length());
        List<int[]> marks = new ArrayList<>(); // page, offset
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == OPEN ? text.indexOf(CLOSE, i) : -1;
            if (close > i) {
                marks.add(new int[] {Integer.parseInt(text.substring(i + 1, close)), out.length()});
                i = close;
            } else {
                out.append(c);
            }
        }
        if (marks.isEmpty()) {
            return new Marked(out.toString(), List.of());
        }
        // Marks stand before the text of their page, after the blank line that ends the page before: a clean-up
        // that strips the text's start may move them to offset 0, never past their page's first character.
        int pages = Math.max(pageCount, marks.get(marks.size() - 1)[0]);
        List<Integer> starts = new ArrayList<>(pages);
        int m = 0;
        for (int page = 1; page <= pages; page++) {
            while (m < marks.size() && marks.get(m)[0] < page) {
                m++;
            }
            starts.add(m < marks.size() ? marks.get(m)[1] : out.length());
        }
        return new Marked(out.toString(), List.copyOf(starts));
    }

    /** @return the page (from 1) holding the character at {@code offset}, or 0 without pages */
    public static int at(List<Integer> starts, int offset) {
        int page = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= offset) {
                page = i + 1;
            } else {
                break;
            }
        }
        return starts.isEmpty() ? 0 : Math.max(1, page);
    }
}
