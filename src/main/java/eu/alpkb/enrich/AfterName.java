package eu.alpkb.enrich;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of the people finder that opens with a personal name ("Jane Doe, director of X", "Jane Doe said"), split
 * where the name ends. The names that open at a capital are read once for all such patterns ({@link Names}), and the
 * rest of each pattern, which holds alternations of a hundred roles or verbs tried one after another ignoring case, is
 * tried only where a look at the character or the word after the name allows it. A match is the one the whole pattern
 * finds: the whole pattern tries the longest name first, then shorter ones, and so does {@link #lookingAt}
 * ({@code PeopleFinderTest} compares the two on every bundled and real page).
 */
final class AfterName {
    /** Whether the rest of a pattern may match at {@code at}, ending at {@code limit} at the latest. */
    interface Gate {
        boolean allows(String text, int at, int limit);
    }

    /** Java's {@code \s}, which the patterns use between a name and what follows it. */
    static final IntPredicate ANY_SPACE = c -> c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f'
            || c == '\r';
    /** {@code [ \t]}: a space within a line. */
    static final IntPredicate LINE_SPACE = c -> c == ' ' || c == '\t';

    private final Pattern whole;
    private final Pattern rest;
    private final Gate gate;

    /**
     * @param name  the name, one capturing group, which the whole pattern opens with
     * @param rest  what follows the name; its groups follow the name's in the whole pattern
     * @param flags the flags of both
     */
    AfterName(String name, String rest, int flags, Gate gate) {
        this.whole = Pattern.compile(name + rest, flags);
        this.rest = Pattern.compile(rest, flags);
        this.gate = gate;
    }

    /** @return the whole pattern: group 1 the name, then the groups of the rest */
    Pattern whole() {
        return whole;
    }

    /** A match of the whole pattern at a capital, with the groups of the rest. */
    record Match(int start, int nameEnd, int end, String[] groups) {
        /** @return group {@code n} of the whole pattern (1 the name) */
        String group(String text, int n) {
            return n == 1 ? text.substring(start, nameEnd) : groups[n - 2];
        }
    }

    /** @return a matcher of what follows the name in {@code text}, for {@link #lookingAt} */
    Matcher restMatcher(String text) {
        return rest.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The whole pattern's {@code lookingAt} at {@code at} in the region up to {@code limit}, with transparent bounds.
     *
     * @param m {@link #restMatcher} of the text
     * @return the match, or null
     */
    Match lookingAt(String text, Names names, int at, int limit, Matcher m) {
        for (int end : names.endsAt(at, limit)) {
            if (gate.allows(text, end, limit) && m.region(end, limit).lookingAt()) {
                String[] groups = new String[m.groupCount()];
                for (int g = 0; g < groups.length; g++) {
                    groups[g] = m.group(g + 1);
                }
                return new Match(at, end, m.end(), groups);
            }
        }
        return null;
    }

    /** Spaces (at least {@code min}), then one of {@code marks}: "Jane Doe, …", "Jane Doe (…". */
    static Gate mark(IntPredicate space, int min, String marks) {
        return (text, at, limit) -> {
            int i = skip(text, at, limit, space);
            return i - at >= min && i < limit && marks.indexOf(text.charAt(i)) >= 0;
        };
    }

    /** One gate or the other. */
    static Gate either(Gate a, Gate b) {
        return (text, at, limit) -> a.allows(text, at, limit) || b.allows(text, at, limit);
    }

    /** A comma or none, then what {@code next} allows: a pattern's {@code ,?}. */
    static Gate afterComma(Gate next) {
        return (text, at, limit) -> next.allows(text, at < limit && text.charAt(at) == ',' ? at + 1 : at, limit);
    }

    /**
     * Spaces (at least one), then a word of letters that opens one of the phrases of {@code alternation} once its case
     * is folded as the patterns fold it. The first words are read off the alternation's own letters: each run of
     * letters in it that the alternation matches, or reads to the end of, from its start. So a phrase must open with a
     * word of plain letters ("ha detto", "d'", not "[dt]ell"), as every alternation given here does.
     */
    static Gate firstWord(IntPredicate space, String alternation, int flags) {
        Set<String> words = firstWords(alternation, flags);
        return (text, at, limit) -> {
            int i = skip(text, at, limit, space);
            if (i == at) {
                return false;
            }
            StringBuilder word = new StringBuilder();
            while (i < limit) {
                int c = text.codePointAt(i);
                if (!Character.isLetter(c)) {
                    break;
                }
                word.appendCodePoint(fold(c));
                i += Character.charCount(c);
            }
            return words.contains(word.toString());
        };
    }

    private static int skip(String text, int at, int limit, IntPredicate space) {
        int i = at;
        while (i < limit && space.test(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A letter as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares it. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static Set<String> firstWords(String alternation, int flags) {
        Matcher m = Pattern.compile(alternation, flags).matcher("");
        Set<String> out = new HashSet<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= alternation.length(); i++) {
            int c = i < alternation.length() ? alternation.codePointAt(i) : ' ';
            if (Character.isLetter(c)) {
                run.appendCodePoint(fold(c));
                i += Character.charCount(c) - 1;
                continue;
            }
            if (!run.isEmpty()) {
                m.reset(run);
                if (m.lookingAt() || m.hitEnd()) {
                    out.add(run.toString());
                }
                run.setLength(0);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The names that open at each capital of one text, read once for every pattern: the ends of a name of four, three
     * and two words, longest first, as the name pattern's greedy repetition tries them.
     */
    static final class Names {
        private final Matcher name;
        /** The ends read at each capital asked about (a few per run of capitalised words), by position. */
        private final Map<Integer, Read> read = new HashMap<>();

        /** The ends of the names at one capital, read up to {@code limit}. */
        private record Read(int limit, int[] ends) {
        }

        /** @param name {@link #pattern} */
        Names(String text, Pattern name) {
            this.name = name.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        int[] endsAt(int at, int limit) {
            Read known = read.get(at);
            if (known != null && known.limit() == limit) {
                return known.ends();
            }
            int[] out;
            if (!name.region(at, limit).lookingAt()) {
                out = new int[0];
            } else if (name.start(3) >= 0) {
                out = new int[] {name.end(3), name.end(2), name.end(1)};
            } else if (name.start(2) >= 0) {
                out = new int[] {name.end(2), name.end(1)};
            } else {
                out = new int[] {name.end(1)};
            }
            read.put(at, new Read(limit, out));
            return out;
        }

        /**
         * @param word a capitalised word of a name
         * @param join what stands between two words of a name, before the next word
         * @return a name of two to four words whose groups 1, 2 and 3 end after its second, third and fourth word: a
         *         word opens with a capital and a join holds none, so a name has one reading, and the greedy pattern
         *         finds its longest
         */
        static Pattern pattern(String word, String join) {
            String next = join + word;
            return Pattern.compile(word + "(" + next + ")(?:(" + next + ")(?:(" + next + "))?)?");
        }
    }
}
