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

    /**
     * A look-ahead for the characters a match of {@code regex} can begin with, found by trying each one: a match
     * that fails on the first character never reaches the end of a one-character input.
     *
     * @return {@code (?=[...])}, or nothing when any letter can begin a match
     */
    static String firstCharacters(String regex) {
        Pattern body = Pattern.compile(regex);
        StringBuilder chars = new StringBuilder();
        boolean everyLetter = true;
        for (char c = 0; c < 0x250; c++) {
            Matcher m = body.matcher(String.valueOf(c));
            boolean possible = m.lookingAt() || m.hitEnd();
            if (possible) {
                chars.append(String.format(Locale.ROOT, "\\x{%x}", (int) c));
            } else if (c < 128 && Character.isLetter(c)) { // folded text is ASCII, as \w is
                everyLetter = false;
            }
        }
        return everyLetter ? "" : "(?=[" + chars + "])";
    }
}
