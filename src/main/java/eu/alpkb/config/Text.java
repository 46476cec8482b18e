package eu.alpkb.config;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by configuration checks and matching: case, accents and punctuation removed. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {
    }

    /** "Rhône-Alpes" and "rhone alpes" fold to the same "rhone alpes". */
    public static String fold(String s) {
        if (isAsciiWord(s)) {
            // Most words are plain ASCII: their folding is their lower case, without normalisation or patterns.
            return s.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(s.replace("ß", "ss"), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return NON_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
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
