package eu.alpkb.enrich;

import eu.alpkb.config.Text;
import java.util.ArrayList;
import java.util.List;

/** A text cut into words once, keeping each word's folded form and its place in the original. */
public final class Tokens {
    private final String source;
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> folded = new ArrayList<>();

    public Tokens(String text) {
        this.source = text;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isMark(text.charAt(i)))) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
                folded.add(Text.fold(text.substring(start, i)));
            }
        }
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    public int size() {
        return spans.size();
    }

    public String folded(int i) {
        return folded.get(i);
    }

    /** @return whether the i-th word starts with an upper-case letter or a digit */
    public boolean capitalised(int i) {
        char c = source.charAt(spans.get(i)[0]);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** @return the offset in the original text where word {@code i} starts */
    public int startOffset(int i) {
        return spans.get(i)[0];
    }

    /** @return the offset in the original text just after word {@code i} */
    public int endOffset(int i) {
        return spans.get(i)[1];
    }

    /** @return the text the words were cut from */
    public String source() {
        return source;
    }

    /** @return the original text from word {@code from} to before word {@code to} */
    public String surface(int from, int to) {
        return source.substring(spans.get(from)[0], spans.get(to - 1)[1]);
    }
}
