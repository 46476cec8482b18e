package eu.alpkb.config;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by configuration checks and matching: case, accents and punctuation removed. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** "Rhône-Alpes" and "rhone alpes" fold to the same "rhone alpes". */
    public static String fold(String s) {
        if (isAsciiWord(s)) {
            // Most words are plain ASCII: their folding is their lower case, without normalisation or patterns.
            return s.toLowerCase(Locale.ROOT);
        }
        String bare = withoutMarks(s).toLowerCase(Locale.ROOT);
        if (lettersAndDigits(bare)) {
            return bare; // a word: nothing to replace or trim
        }
        return spaced(bare);
    }

    /**
     * @return {@code s} with each run of characters that are no letter or number ({@code [^\\p{L}\\p{N}]+}) as one
     *         space, and none at either end; by hand rather than with a pattern, since whole titles and leads fold so
     */
    private static String spaced(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || isNumber(cp)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** {@code \p{N}}: a digit, a letter number ("Ⅻ") or another number ("½"). */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Characters below this are folded from a table; the first combining mark (U+0300) is above it. */
    private static final int TABLE = 0x250;
    /** Each character below {@link #TABLE} decomposed, without its marks, as {@link #withoutMarks} folds it alone. */
    private static final String[] BARE = new String[TABLE];
    /**
     * Characters up to this (Greek, Cyrillic, typographic quotes and dashes, currency signs, arrows…) that the
     * normaliser leaves as they are whatever stands around them: each is found unchanged alone and next to a mark of
     * the lowest and of a high combining class, so no mark is ever moved across it. A text of these and of table
     * characters is folded without the normaliser too.
     */
    private static final int KEPT_TO = 0x3000;
    private static final java.util.BitSet KEPT = new java.util.BitSet(KEPT_TO);

    static {
        for (char c = 0; c < TABLE; c++) {
            BARE[c] = slowWithoutMarks(String.valueOf(c));
        }
        for (char c = TABLE; c < KEPT_TO; c++) {
            String alone = String.valueOf(c);
            // unchanged alone: no mark, and already decomposed. U+0334 has combining class 1, U+0301 230: a character
            // of any other class than 0 moves past one of them. The normaliser's quick check answers each question
            // without normalising, which kept start-up from growing by a tenth of a second.
            if (!Character.isSurrogate(c) && !isMark(c)
                    && Normalizer.isNormalized(alone, Normalizer.Form.NFD)
                    && Normalizer.isNormalized(alone + "\u0334", Normalizer.Form.NFD)
                    && Normalizer.isNormalized("\u0301" + alone, Normalizer.Form.NFD)) {
                KEPT.set(c);
            }
        }
    }

    /**
     * "Rhône-Alpes" as "Rhone-Alpes", "Straße" as "Strasse": the text decomposed (NFD) without its combining marks,
     * case and punctuation kept. A text of Latin letters is folded character by character from a table, which gives
     * what the normaliser gives: below U+0250 no character combines with its neighbour (none is a mark), so each
     * decomposes alone; the characters of {@link #KEPT} stay as they are. Any other text goes through the normaliser.
     * The normaliser per word and per sentence was a tenth of enrichment, and typographic quotes and dashes sent most
     * sentences of news to it.
     */
    public static String withoutMarks(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= TABLE ? !KEPT.get(c) : BARE[c].length() != 1 || BARE[c].charAt(0) != c) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 8).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < TABLE) {
                out.append(BARE[c]);
            } else if (KEPT.get(c)) {
                out.append(c);
            } else {
                return slowWithoutMarks(s);
            }
        }
        return out.toString();
    }

    /** {@code \p{M}}, which {@link #MARKS} takes off. */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String slowWithoutMarks(String s) {
        return MARKS.matcher(Normalizer.normalize(s.replace("ß", "ss"), Normalizer.Form.NFD)).replaceAll("");
    }

    /** @return whether every character is a letter or a digit, which {@link #spaced} never replaces */
    private static boolean lettersAndDigits(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isAsciiWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
