package eu.alpkb.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short texts of characters drawn at random from a few, for comparing two ways of reading text on every mix. */
final class RandomTexts {
    private RandomTexts() {
    }

    /**
     * @param alphabet  the characters drawn from
     * @param maxLength texts have fewer characters than this
     * @return {@code count} texts, the same for the same seed
     */
    static List<String> of(String alphabet, int maxLength, int count, long seed) {
        List<String> characters = new ArrayList<>(alphabet.length());
        for (char c : alphabet.toCharArray()) {
            characters.add(String.valueOf(c));
        }
        return of(characters, maxLength, count, seed);
    }

    /**
     * @param pieces    the pieces of text drawn from, put one after another
     * @param maxLength texts have fewer pieces than this
     * @return {@code count} texts, the same for the same seed
     */
    static List<String> of(List<String> pieces, int maxLength, int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(maxLength); i > 0; i--) {
                s.append(pieces.get(random.nextInt(pieces.size())));
            }
            out.add(s.toString());
        }
        return out;
    }
}
