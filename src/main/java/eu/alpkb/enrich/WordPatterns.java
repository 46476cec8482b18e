package eu.alpkb.enrich;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns of whole words from long alternations ("conference|congress|forum|..."), for folded text. Java's engine
 * tries every alternative at every word boundary; these patterns first look at the character a match must begin
 * with, so that most boundaries cost one character class. Such alternations, one per type, event or role rule, had
 * grown to half of enrichment.
 */
final class WordPatterns {
    private WordPatterns() {
    }

    /** @return {@code \b(alternation)\b}, with a look-ahead on its first characters when not every letter can begin it */
    static Pattern words(String alternation) {
        return Pattern.compile("\\b" + firstCharacters(alternation) + "(" + alternation + ")\\b");
    }

    /** @return {@code \b(alternation)\b} as {@link #words(String)}, searched as {@link Words} searches */
    static Words find(String alternation) {
        return new Words(words(alternation), starts(alternation));
    }

    /**
     * A look-ahead for the characters a match of {@code regex} can begin with, found by trying each one: a match
     * that fails on the first character never reaches the end of a one-character input.
     *
     * @return {@code (?=[...])}, or nothing when any letter can begin a match
     */
    static String firstCharacters(String regex) {
        boolean[] starts = starts(regex);
        StringBuilder chars = new StringBuilder();
        boolean everyLetter = true;
        for (char c = 0; c < FIRST_CHARS; c++) {
            if (starts[c]) {
                chars.append(String.format(Locale.ROOT, "\\x{%x}", (int) c));
            } else if (c < 128 && Character.isLetter(c)) { // folded text is ASCII, as \w is
                everyLetter = false;
            }
        }
        return everyLetter ? "" : "(?=[" + chars + "])";
    }

    /** The characters tried as the first of a match; the look-ahead admits no other. */
    private static final int FIRST_CHARS = 0x250;

    /** @return for each character below {@link #FIRST_CHARS}, whether a match of {@code regex} can begin with it */
    private static boolean[] starts(String regex) {
        Pattern body = Pattern.compile(regex);
        boolean[] starts = new boolean[FIRST_CHARS];
        for (char c = 0; c < FIRST_CHARS; c++) {
            Matcher m = body.matcher(String.valueOf(c));
            starts[c] = m.lookingAt() || m.hitEnd();
        }
        return starts;
    }

    /**
     * A pattern of whole words that the engine runs only where a match can begin: at a character the alternation can
     * begin with that does not continue a word. Even with the look-ahead, the engine's own search tests the word
     * boundary and the look-ahead at every character of the text, which cost the type rules an eighth of
     * enrichment; this loop skips those characters first. It finds what {@link Matcher#find()} finds, in the same
     * order, for alternations of words that look at nothing before their first character.
     */
    static final class Words {
        private final Pattern pattern;
        private final boolean[] starts;

        private Words(Pattern pattern, boolean[] starts) {
            this.pattern = pattern;
            this.starts = starts;
        }

        Pattern pattern() {
            return pattern;
        }

        /** @return whether the text holds a match */
        boolean in(String text) {
            return next(pattern.matcher(text).useTransparentBounds(true), text, 0) >= 0;
        }

        /** @return how many matches, up to max, the text holds, taken one after another as {@code find()} does */
        int count(String text, int max) {
            Matcher m = pattern.matcher(text).useTransparentBounds(true);
            int n = 0;
            int at = 0;
            while (n < max && next(m, text, at) >= 0) {
                n++;
                at = m.end();
            }
            return n;
        }

        /**
         * @param m a matcher of the text with transparent bounds, so that the word boundary sees the character
         *          before a region
         * @return where the first match at or after {@code from} begins, with {@code m} on it, or -1
         */
        private int next(Matcher m, String text, int from) {
            int n = text.length();
            for (int i = from; i < n; i++) {
                char c = text.charAt(i);
                if (c >= FIRST_CHARS || !starts[c]) {
                    continue;
                }
                if (i > 0 && isAsciiWord(c) && isAsciiWord(text.charAt(i - 1))) {
                    continue; // inside a word: no boundary before it
                }
                if (m.region(i, n).lookingAt()) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isAsciiWord(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
    }
}
