package eu.alpkb.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass over the text: after a full stop, question or exclamation mark
 * (with any closing quotes or brackets) followed by a space or a line break, except a full stop followed by a
 * lower-case word ("e.g. the", "approx. three"), and after a paragraph separator (U+2029). These are the cases of the
 * JDK's sentence instance that matter for a snippet's passages; that iterator walks its rule tables character by
 * character, backwards and forwards for every boundary asked for, and took a tenth of a narrow search's time.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    /** The boundaries in order: 0, each sentence's start, and the text's length. */
    private int[] bounds = {0};
    private int count = 1;
    /** Index in {@link #bounds} of the current boundary. */
    private int at;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        scan();
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder sb = new StringBuilder(Math.max(0, it.getEndIndex() - it.getBeginIndex()));
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            sb.append(c);
        }
        setText(sb.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    private void scan() {
        int n = text.length();
        int[] found = new int[Math.max(4, n / 64)];
        int k = 0;
        found[k++] = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int next = -1;
            if (c == '\u2029') {
                next = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                next = afterTerminator(i, c == '.');
            }
            if (next > 0 && next < n) {
                if (k == found.length) {
                    found = Arrays.copyOf(found, k * 2);
                }
                found[k++] = next;
                i = next;
            } else {
                i++;
            }
        }
        if (n > 0) {
            if (k == found.length) {
                found = Arrays.copyOf(found, k + 1);
            }
            found[k++] = n;
        }
        bounds = found;
        count = k;
        at = 0;
    }

    /** @return where the next sentence starts after the terminator at {@code i}, or -1 when none starts there */
    private int afterTerminator(int i, boolean fullStop) {
        int n = text.length();
        int j = i + 1;
        while (j < n && isClosing(text.charAt(j))) {
            j++;
        }
        int k = j;
        while (k < n && isSpace(text.charAt(k))) {
            k++;
        }
        if (k == n) {
            return n;
        }
        if (k == j) {
            return -1; // "3.5", "www.example.org", "?!"
        }
        char first = text.charAt(k);
        if (fullStop && Character.isLowerCase(first)) {
            return -1; // an abbreviation: "e.g. the"
        }
        return k;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '\u201d' || c == '\u2019'
                || c == '\u00bb' || c == '.' || c == '!' || c == '?';
    }

    /** Spaces and line breaks: a line break alone ends no sentence (a heading or a list item runs on). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0' || c == '\u202f' || c == '\u2009'
                || c == '\f' || c == '\u2028';
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = count - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        return moveTo(at + n);
    }

    /** Moves to the boundary at {@code target}; before the first or past the last, stays at that end. */
    private int moveTo(int target) {
        if (target < 0 || target >= count) {
            at = target < 0 ? 0 : count - 1;
            return DONE;
        }
        at = target;
        return bounds[at];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int i = search(offset);
        return moveTo(i >= 0 ? i + 1 : -i - 1);
    }

    @Override
    public int preceding(int offset) {
        int i = search(offset);
        return moveTo(i >= 0 ? i - 1 : -i - 2);
    }

    /** @return the index of the boundary at {@code offset}, or {@code -(insertion point) - 1} as binary search gives */
    private int search(int offset) {
        checkOffset(offset);
        return Arrays.binarySearch(bounds, 0, count, offset);
    }

    @Override
    public boolean isBoundary(int offset) {
        int i = search(offset);
        if (i >= 0) {
            at = i;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return bounds[at];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0.." + text.length() + ")");
        }
    }

    @Override
    public Object clone() {
        SentenceBreaks copy = (SentenceBreaks) super.clone();
        copy.bounds = bounds.clone();
        return copy;
    }
}
