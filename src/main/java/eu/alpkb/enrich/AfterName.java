package eu.alpkb.enrich;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /**
     * What follows a name read by hand instead of by the rest pattern, to the same result: for a rest whose regular
     * expression is costly where it matches or nearly does.
     */
    interface Reader {
        /** @return the pattern of the matcher that {@link #read} is given */
        Pattern pattern();

        /**
         * @param at    where the name ends
         * @param limit where the match must end at the latest
         * @param m     a matcher of {@link #pattern} on the text, with transparent bounds
         * @return the groups of the rest and where it ends, or null where the rest does not match
         */
        Read read(String text, int at, int limit, Matcher m);
    }

    /** The rest of a pattern read by a {@link Reader}: where it ends, and its groups. */
    record Read(int end, String[] groups) {
    }

    private final Pattern whole;
    private final Pattern rest;
    private final Gate gate;
    private final Reader reader;

    /**
     * @param name  the name, one capturing group, which the whole pattern opens with
     * @param rest  what follows the name; its groups follow the name's in the whole pattern
     * @param flags the flags of both
     */
    AfterName(String name, String rest, int flags, Gate gate) {
        this(name, rest, flags, gate, null);
    }

    /**
     * @param reader reads the rest by hand where {@code gate} allows it, to what {@code rest} would match there (the
     *               whole pattern stays the definition, and is what a search of the whole text runs)
     */
    AfterName(String name, String rest, int flags, Gate gate, Reader reader) {
        this.whole = Pattern.compile(name + rest, flags);
        this.rest = Pattern.compile(rest, flags);
        this.gate = gate;
        this.reader = reader;
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

    /** @return a matcher of the rest, or of its reader's pattern, in {@code text}, for {@link #lookingAt} */
    Matcher restMatcher(String text) {
        return (reader == null ? rest : reader.pattern()).matcher(text).useTransparentBounds(true)
                .useAnchoringBounds(false);
    }

    /**
     * The whole pattern's {@code lookingAt} at {@code at} in the region up to {@code limit}, with transparent bounds.
     *
     * @param m {@link #restMatcher} of the text
     * @return the match, or null
     */
    Match lookingAt(String text, Names names, int at, int limit, Matcher m) {
        for (int end : names.endsAt(at, limit)) {
            if (!gate.allows(text, end, limit)) {
                continue;
            }
            if (reader != null) {
                Read read = reader.read(text, end, limit, m);
                if (read != null) {
                    return new Match(at, end, read.end(), read.groups());
                }
            } else if (m.region(end, limit).lookingAt()) {
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
        // most words after a name open no phrase: they are told apart by their first letter and their length before
        // the word is put together to be looked up
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String openings = words.stream().map(w -> Character.toString(w.codePointAt(0))).distinct()
                .collect(Collectors.joining());
        return (text, at, limit) -> {
            int i = skip(text, at, limit, space);
            if (i == at || i >= limit || openings.indexOf(fold(text.codePointAt(i))) < 0) {
                return false;
            }
            int from = i;
            int length = 0;
            while (i < limit) {
                int c = text.codePointAt(i);
                if (!Character.isLetter(c)) {
                    break;
                }
                length += Character.charCount(fold(c));
                if (length > longest) {
                    return false;
                }
                i += Character.charCount(c);
            }
            StringBuilder word = new StringBuilder(length);
            for (int j = from; j < i; ) {
                int c = text.codePointAt(j);
                word.appendCodePoint(fold(c));
                j += Character.charCount(c);
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
     * The names that open at the capitals of one text, read by hand as the people finder's name pattern reads them:
     * two to four capitalised words ("Anne", "Marie-Claire", "O'Neill", "McCain"), one line's spaces between them and
     * up to two particles of a surname ("de", "von", "van der"). The pattern is tried at every capital of every text,
     * where a few comparisons of characters cost far less than the pattern's nested repetitions
     * ({@code PeopleFinderTest} compares the two on random mixes of their characters).
     */
    static final class Names {
        private static final int[] NONE = new int[0];
        /** The particles of a surname, as the name pattern writes them: compared case-sensitively. */
        private static final String[] PARTICLES = {"de", "di", "da", "del", "della", "dei", "von", "van", "der", "den",
            "du", "le", "la", "zu", "af", "ter"};
        /** The first letters of the {@link #PARTICLES}. */
        private static final String PARTICLE_OPENINGS = Arrays.stream(PARTICLES).map(p -> p.substring(0, 1)).distinct()
                .collect(Collectors.joining());

        private final String text;
        /**
         * The names read at each capital asked about, up to the end of the text, by position: every pattern that opens
         * with a name asks at the same capitals.
         */
        private final ReadAt read = new ReadAt();
        /** How far the reading under way has looked at the text within its limit: the end of what it looked at. */
        private int reach;

        /**
         * The ends of the names at one capital, read up to the end of the text, and how far they were read: read up to
         * any limit from there on, they are the same.
         */
        private record Read(int[] ends, int reach) {
        }

        /**
         * The readings by the capital they open at: a table of positions probed in place, asked at every capital of
         * the runs by each pattern, where a map of boxed positions cost a tenth of reading names.
         */
        private static final class ReadAt {
            private int[] at = new int[64];
            private Read[] reads = new Read[64];
            private int size;

            Read get(int position) {
                int mask = at.length - 1;
                for (int i = slot(position, mask); reads[i] != null; i = (i + 1) & mask) {
                    if (at[i] == position) {
                        return reads[i];
                    }
                }
                return null;
            }

            void put(int position, Read r) {
                if (2 * (size + 1) > at.length) {
                    int[] oldAt = at;
                    Read[] oldReads = reads;
                    at = new int[2 * oldAt.length];
                    reads = new Read[2 * oldAt.length];
                    size = 0;
                    for (int i = 0; i < oldAt.length; i++) {
                        if (oldReads[i] != null) {
                            put(oldAt[i], oldReads[i]);
                        }
                    }
                }
                int mask = at.length - 1;
                int i = slot(position, mask);
                while (reads[i] != null && at[i] != position) {
                    i = (i + 1) & mask;
                }
                if (reads[i] == null) {
                    size++;
                }
                at[i] = position;
                reads[i] = r;
            }

            private static int slot(int position, int mask) {
                int h = position * 0x9E3779B9;
                return (h ^ h >>> 16) & mask;
            }
        }

        Names(String text) {
            this.text = text;
        }

        /**
         * The ends of the name that opens at {@code at}, read up to {@code limit} while what follows a word is looked
         * at up to the end of the text (transparent bounds): of four, three and two words, longest first, as the
         * pattern's greedy repetition tries them. A word opens with a capital and a particle does not, so a name has
         * one reading; and a word that ends before an apostrophe or a hyphen (its shorter reading) is followed by no
         * space, so the longer reading of a word is the only one a name goes on from.
         *
         * @return the ends, or none when no name of two words opens there
         */
        int[] endsAt(int at, int limit) {
            Read known = read.get(at);
            if (known == null) {
                reach = 0;
                int[] ends = readEnds(at, text.length());
                known = new Read(ends, reach);
                read.put(at, known);
            }
            return limit >= known.reach() ? known.ends() : readEnds(at, limit);
        }

        private int[] readEnds(int at, int limit) {
            int end = word(at, limit);
            if (end < 0) {
                return NONE;
            }
            int[] ends = new int[3];
            int n = 0;
            while (n < ends.length) {
                int next = join(end, limit);
                int after = next < 0 ? -1 : word(next, limit);
                if (after < 0) {
                    break;
                }
                ends[n++] = end = after;
            }
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = ends[n - 1 - i];
            }
            return out;
        }

        /** @return where the longest name that opens at {@code at} ends, or -1 when none of two words does */
        int nameEnd(int at) {
            // asked once at each capital of a text: kept, most of them, which no name opens, would cost more
            int[] ends = readEnds(at, text.length());
            return ends.length == 0 ? -1 : ends[0];
        }

        /**
         * A capitalised word, {@code \p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}\p{Ll}+)?(?![\p{L}])}.
         *
         * @return where the word that opens at {@code at} ends, the longer of its readings, or -1
         */
        int word(int at, int limit) {
            int end = capitalised(at, limit);
            if (end < 0) {
                return -1;
            }
            // "McCain": a capital right after the lower-case letters is the second part's, or no word ends there
            int second = capitalised(end, limit);
            if (second >= 0) {
                end = second;
            }
            if (end < limit && "'’-".indexOf(looked(end)) >= 0) {
                int joined = capitalised(end + 1, limit);
                if (joined >= 0 && !letterAt(joined)) {
                    return joined;
                }
            }
            return letterAt(end) ? -1 : end;
        }

        /** @return the end of a capital and the lower-case letters after it ({@code \p{Lu}\p{Ll}+}), or -1 */
        private int capitalised(int at, int limit) {
            if (at >= limit) {
                return -1;
            }
            int c = lookedAt(at);
            int i = at + Character.charCount(c);
            if (i > limit || !(c < ASCII ? c >= 'A' && c <= 'Z' : Character.getType(c) == Character.UPPERCASE_LETTER)) {
                return -1;
            }
            int from = i;
            while (i < limit) {
                c = lookedAt(i);
                // a letter of two chars that the limit cuts is not read, as the pattern does not read it
                if (!(c < ASCII ? c >= 'a' && c <= 'z' : Character.getType(c) == Character.LOWERCASE_LETTER)
                        || i + Character.charCount(c) > limit) {
                    break;
                }
                i += Character.charCount(c);
            }
            return i > from ? i : -1;
        }

        /** Characters below this are letters only from a to z, in either case. */
        private static final int ASCII = 0x80;

        /** @return the character at {@code at}, within the limit of the reading under way, noting how far it looked */
        private int lookedAt(int at) {
            int c = text.codePointAt(at);
            reach = Math.max(reach, at + Character.charCount(c));
            return c;
        }

        /** @return the char at {@code at}, within the limit of the reading under way, noting how far it looked */
        private char looked(int at) {
            reach = Math.max(reach, at + 1);
            return text.charAt(at);
        }

        /** Whether a letter stands at {@code at}, looked at beyond any limit. */
        private boolean letterAt(int at) {
            if (at >= text.length()) {
                return false;
            }
            int c = text.codePointAt(at);
            return c < ASCII ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
        }

        /**
         * What stands between two words of a name: spaces of one line, then up to two particles each followed by such
         * spaces.
         *
         * @return where the next word would open, or -1
         */
        private int join(int at, int limit) {
            int i = spaces(at, limit);
            for (int k = 0; k < 2 && i >= 0; k++) {
                int particle = particle(i, limit);
                if (particle < 0) {
                    break;
                }
                i = spaces(particle, limit);
            }
            return i;
        }

        /** @return the end of {@code [ \t\u00a0]+} at {@code at}, or -1 */
        private int spaces(int at, int limit) {
            int i = at;
            while (i < limit) {
                char c = looked(i);
                if (c != ' ' && c != '\t' && c != '\u00a0') {
                    break;
                }
                i++;
            }
            return i > at ? i : -1;
        }

        /** @return the end of a particle at {@code at} that spaces follow, or -1 */
        private int particle(int at, int limit) {
            // a name's words are mostly joined by spaces alone: most characters open no particle
            if (at >= limit || PARTICLE_OPENINGS.indexOf(looked(at)) < 0) {
                return -1;
            }
            for (String p : PARTICLES) {
                int end = at + p.length();
                // a particle not written here is skipped whatever the limit: only a match looks on to the limit
                if (end < limit && text.startsWith(p, at) && spaces(end, limit) > 0) {
                    return end;
                }
            }
            return -1;
        }
    }
}
