package eu.alpkb.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Folding from the table of Latin letters gives what the normaliser gives. */
class TextTest {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Folding as it was written before the table: the normaliser on every text. */
    private static String normalised(String s) {
        return MARKS.matcher(Normalizer.normalize(s.replace("ß", "ss"), Normalizer.Form.NFD)).replaceAll("");
    }

    private static String folded(String s) {
        return NON_WORD.matcher(normalised(s).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static List<String> samples() {
        List<String> out = new ArrayList<>(List.of("Rhône-Alpes", "rhone alpes", "Straße", "Œuvre", "Ångström",
                "ǅemal", "İstanbul", "Île-de-France", "Bolzano/Bozen", "Südtirol – Alto Adige", "e\u0301te\u0301",
                "ﬁnance", "Ljubljana, Slovenija", "  Zürich  ", "Kärnten & Steiermark", "A.B.C.", "x_y", "Ω-Σ",
                "ΟΔΟΣ", "\u00a0Linz\u202f", "𝐀lps", "", "-", "Graz1", "l’Agence", "Čakovec", "žŠđĐ",
                "Ⅻ-½ x٣ ²", "a\uD800b", " -- Linz, 2014 -- "));
        for (char c = 0; c < 0x300; c++) {
            out.add(String.valueOf(c));
            out.add("a" + c + "Z");
            out.add(c + " b");
        }
        // beyond the table: characters kept as they are, next to letters, accented letters and marks of any class
        for (char c = 0x300; c < 0x3010; c++) {
            out.add("a" + c + "Z");
            out.add("é" + c + "\u0301");
            out.add("e\u0301" + c + "\u0316\u0334");
            out.add("\u0334" + c + "«»");
        }
        return out;
    }

    @Test
    void marks_are_taken_off_as_the_normaliser_takes_them_off() {
        for (String s : samples()) {
            assertThat(Text.withoutMarks(s)).as(s).isEqualTo(normalised(s));
        }
    }

    @Test
    void words_and_names_fold_as_they_folded_with_the_normaliser() {
        for (String s : samples()) {
            assertThat(Text.fold(s)).as(s).isEqualTo(folded(s));
        }
    }
}
