package eu.alpkb.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        // the whole pattern's look-ahead admits no character above the table
        return new Words(words(alternation), "\\b", alternation, "\\b", 0, false);
    }

    /**
     * @param alternation words or phrases, none of which looks before its first character
     * @param after       what must follow the words
     * @param flags       of {@link Pattern#compile(String, int)}
     * @return {@code \b(alternation)after}, searched as {@link Words} searches
     */
    static Words find(String alternation, String after, int flags) {
        return new Words(Pattern.compile("\\b(" + alternation + ")" + after, flags), "\\b", alternation, after,
                flags, true);
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

    /**
     * @return {@code regex} behind a look-ahead for the characters a match can begin with, for a pattern searched for
     *         over text that is not folded: characters beyond the table, which ignoring case may make one of the
     *         first characters, always pass
     */
    static Pattern compileWithFirstCharacters(String regex, int flags) {
        boolean[] starts = starts(regex, flags);
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < FIRST_CHARS; c++) {
            if (starts[c]) {
                chars.append(String.format(Locale.ROOT, "\\x{%x}", (int) c));
            }
        }
        return Pattern.compile("(?=[" + chars + String.format(Locale.ROOT, "\\x{%x}-\\x{10ffff}])", FIRST_CHARS)
                + regex, flags);
    }

    /** The characters tried as the first of a match; the look-ahead admits no other. */
    private static final int FIRST_CHARS = 0x250;

    /** @return for each character below {@link #FIRST_CHARS}, whether a match of {@code regex} can begin with it */
    private static boolean[] starts(String regex) {
        return starts(regex, 0);
    }

    private static boolean[] starts(String regex, int flags) {
        Pattern body = Pattern.compile(regex, flags);
        boolean[] starts = new boolean[FIRST_CHARS];
        for (char c = 0; c < FIRST_CHARS; c++) {
            Matcher m = body.matcher(String.valueOf(c));
            starts[c] = m.lookingAt() || m.hitEnd();
        }
        return starts;
    }

    /** @return the alternatives of an alternation, split at each {@code |} outside groups and character classes */
    static List<String> alternatives(String alternation) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int bar = outside(alternation, from, '|'); bar >= 0; bar = outside(alternation, from, '|')) {
            out.add(alternation.substring(from, bar));
            from = bar + 1;
        }
        out.add(alternation.substring(from));
        return out;
    }

    /**
     * @return the first place from {@code from} where {@code target} stands outside escapes, character classes and
     *         the groups opened after {@code from} (a closing parenthesis counts once it closes them), or -1
     */
    private static int outside(String pattern, int from, char target) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == target && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return where a word can begin in the text, in order: every character but the ASCII ones that are no letter,
     *         digit or underscore and those that continue an ASCII word; for the several patterns run over one text
     */
    static int[] wordStarts(String text) {
        int[] out = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || Words.isAsciiWord(c) && (i == 0 || !Words.isAsciiWord(text.charAt(i - 1)))) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * An alternation of words that the engine runs only where a match can begin, and with only the alternatives that
     * can begin there. Java's engine tries every alternative, one after the other, at every word boundary (the
     * look-ahead of {@link #words} spares only the boundaries no alternative begins at): with forty alternatives in
     * a rule and fourteen rules, the type rules were an eighth of enrichment. Here each character a match can begin
     * with has its own pattern of the alternatives that begin with it, in their order, tried at the boundaries before
     * that character. An alternative that cannot begin with a character fails there in the whole pattern too, so
     * each match, and which alternative makes it, is the one {@link Matcher#find()} gives with the whole pattern.
     */
    static final class Words {
        private final Pattern pattern;
        /** Where each character's pattern stands in {@link #distinct}, or -1 when no match begins with it. */
        private final int[] slot = new int[FIRST_CHARS];
        private final List<Pattern> distinct = new ArrayList<>();
        /**
         * For each pattern in {@link #distinct}, the text its alternatives begin with (what comes before their first
         * group, class, escape or quantified letter); null where one begins with none, or where case is ignored.
         */
        private final List<List<String>> prefixes = new ArrayList<>();
        /** Where the pattern of all alternatives stands, for characters above the table, or -1 to skip those. */
        private final int wide;
        /** Whether an alternative can begin with an ASCII character outside words, which {@link #wordStarts} skips. */
        private final boolean punctuationStarts;

        /**
         * @param wide whether a match may begin with a character above the table (a letter that ignoring case makes
         *             one of the alternatives' first letters), to try all alternatives there
         */
        private Words(Pattern pattern, String before, String alternation, String after, int flags, boolean wide) {
            this.pattern = pattern;
            List<String> alternatives = alternatives(alternation);
            List<boolean[]> starts = new ArrayList<>();
            for (String a : alternatives) {
                if (Pattern.compile(a, flags).matcher("").matches()) {
                    throw new IllegalArgumentException("an alternative that matches nothing: " + a);
                }
                starts.add(starts(a, flags));
            }
            Map<String, Integer> slots = new HashMap<>();
            for (char c = 0; c < FIRST_CHARS; c++) {
                StringBuilder alts = new StringBuilder();
                List<String> begin = flags == 0 ? new ArrayList<>() : null;
                for (int k = 0; k < alternatives.size(); k++) {
                    if (starts.get(k)[c]) {
                        alts.append(alts.length() > 0 ? "|" : "").append(alternatives.get(k));
                        List<String> prefixes = literalPrefixes(alternatives.get(k));
                        if (begin != null && prefixes == null) {
                            begin = null;
                        } else if (begin != null) {
                            begin.addAll(prefixes);
                        }
                    }
                }
                if (alts.length() == 0) {
                    slot[c] = -1;
                    continue;
                }
                String regex = before + "(?:" + alts + ")" + after;
                Integer at = slots.get(regex);
                if (at == null) {
                    at = distinct.size();
                    slots.put(regex, at);
                    distinct.add(Pattern.compile(regex, flags));
                    prefixes.add(begin);
                }
                slot[c] = at;
            }
            boolean punctuation = false;
            for (char c = 0; c < 128; c++) {
                punctuation |= slot[c] >= 0 && !isAsciiWord(c);
            }
            this.punctuationStarts = punctuation;
            if (wide) {
                this.wide = distinct.size();
                distinct.add(Pattern.compile(before + "(?:" + alternation + ")" + after, flags));
                prefixes.add(null);
            } else {
                this.wide = -1;
            }
        }

        /** @return the whole pattern, for what is not a search ({@link Matcher#matches()}) */
        Pattern pattern() {
            return pattern;
        }

        /** @return whether the text holds a match */
        boolean in(String text) {
            return next(new Matcher[distinct.size()], text, 0) >= 0;
        }

        /**
         * As {@link #count(String, int)}, trying only the places a word can begin, found once for the several
         * patterns run over one text.
         *
         * @param starts the text's {@link #wordStarts}
         */
        int count(String text, int[] starts, int max) {
            if (punctuationStarts) {
                return count(text, max);
            }
            Matcher[] matchers = new Matcher[distinct.size()];
            int n = 0;
            int at = 0;
            for (int s = 0; s < starts.length && n < max; s++) {
                int i = starts[s];
                if (i >= at) {
                    int end = tryAt(matchers, text, i);
                    if (end >= 0) {
                        n++;
                        at = end;
                    }
                }
            }
            return n;
        }

        /** @return how many matches, up to max, the text holds, taken one after another as {@code find()} does */
        int count(String text, int max) {
            Matcher[] matchers = new Matcher[distinct.size()];
            int n = 0;
            int at = 0;
            while (n < max && (at = next(matchers, text, at)) >= 0) {
                n++;
            }
            return n;
        }

        /** @return where each match ends, taken one after another as {@code find()} does */
        int[] ends(String text) {
            Matcher[] matchers = new Matcher[distinct.size()];
            int at = next(matchers, text, 0);
            if (at < 0) {
                return NONE; // most texts hold no match: nothing is built for them
            }
            int[] out = new int[4];
            int n = 0;
            for (; at >= 0; at = next(matchers, text, at)) {
                out = room(out, n + 1);
                out[n++] = at;
            }
            return java.util.Arrays.copyOf(out, n);
        }

        /**
         * @return where each match begins and ends, taken one after another as {@code find()} does: the first
         *         match's beginning and end, then the next's
         */
        int[] spans(String text) {
            Matcher[] matchers = new Matcher[distinct.size()];
            int[] span = new int[2];
            if (!next(matchers, text, 0, span)) {
                return NONE;
            }
            int[] out = new int[4];
            int n = 0;
            for (boolean found = true; found; found = next(matchers, text, span[1], span)) {
                out = room(out, n + 2);
                out[n++] = span[0];
                out[n++] = span[1];
            }
            return java.util.Arrays.copyOf(out, n);
        }

        /** No match; shared, as no caller writes to what it is given. */
        private static final int[] NONE = new int[0];

        /**
         * @return {@code out}, or a longer copy where it holds fewer than {@code size} places: the arrays are built by
         *         hand, as a stream's builder and its {@code toArray} cost more than the search on a sentence
         */
        private static int[] room(int[] out, int size) {
            return size <= out.length ? out : java.util.Arrays.copyOf(out, Math.max(size, 2 * out.length));
        }

        /**
         * @param span where the match found begins and ends
         * @return whether the text holds a match at or after {@code from}, the first as {@code find()} gives it
         */
        boolean next(String text, int from, int[] span) {
            return next(new Matcher[distinct.size()], text, from, span);
        }

        private boolean next(Matcher[] matchers, String text, int from, int[] span) {
            int n = text.length();
            for (int i = from; i < n; i++) {
                if (!boundaryBefore(text, i)) {
                    continue;
                }
                int end = tryAt(matchers, text, i);
                if (end >= 0) {
                    span[0] = i;
                    span[1] = end;
                    return true;
                }
            }
            return false;
        }

        /** @return whether a match may begin at {@code i}: a character one can begin with, not inside a word */
        private boolean boundaryBefore(String text, int i) {
            char c = text.charAt(i);
            int k = c < FIRST_CHARS ? slot[c] : wide;
            return k >= 0 && !(i > 0 && isAsciiWord(c) && isAsciiWord(text.charAt(i - 1)));
        }

        /**
         * @param matchers the text's matcher of each pattern in {@link #distinct}, made when first needed
         * @return where the first match at or after {@code from} ends, or -1
         */
        private int next(Matcher[] matchers, String text, int from) {
            int n = text.length();
            for (int i = from; i < n; i++) {
                char c = text.charAt(i);
                int k = c < FIRST_CHARS ? slot[c] : wide;
                if (k < 0) {
                    continue;
                }
                if (i > 0 && isAsciiWord(c) && isAsciiWord(text.charAt(i - 1))) {
                    continue; // inside a word: no boundary before it
                }
                int end = tryAt(matchers, text, i);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }

        /** @return where the match that begins at {@code i} ends, or -1 */
        private int tryAt(Matcher[] matchers, String text, int i) {
            char c = text.charAt(i);
            int k = c < FIRST_CHARS ? slot[c] : wide;
            if (k < 0 || !beginsHere(prefixes.get(k), text, i)) {
                return -1; // no alternative's first letters stand here
            }
            Matcher m = matchers[k];
            if (m == null) {
                // transparent bounds: the word boundary and what follows see the whole text, not the region
                m = distinct.get(k).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[k] = m;
            }
            return m.region(i, text.length()).lookingAt() ? m.end() : -1;
        }

        private static boolean beginsHere(List<String> begin, String text, int at) {
            if (begin == null) {
                return true;
            }
            for (String b : begin) {
                if (text.startsWith(b, at)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * @return texts one of which every match of an alternative begins with: its {@link #literalPrefix}, else, where
         *         it opens with a group that must match, the prefixes of the group's alternatives ("hold", "holds",
         *         "will hold" of "(hold|holds|will hold) (its|their)"); null where there are none. Without them, every
         *         word that begins with a letter such a group may begin with was tried with the pattern.
         */
        static List<String> literalPrefixes(String alternative) {
            String prefix = literalPrefix(alternative);
            if (!prefix.isEmpty()) {
                return List.of(prefix);
            }
            int close = groupEnd(alternative);
            if (close < 0 || close + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(close + 1)) >= 0) {
                return null; // no group first, or one that may match nothing
            }
            List<String> out = new ArrayList<>();
            for (String inner : alternatives(alternative.substring(1, close))) {
                List<String> begin = literalPrefixes(inner);
                if (begin == null) {
                    return null;
                }
                out.addAll(begin);
            }
            return out;
        }

        /**
         * @return where the group that opens an alternative closes, or -1 where it opens with no group that only
         *         groups ("(?=", "(?:" and the like look or act otherwise)
         */
        private static int groupEnd(String alternative) {
            if (!alternative.startsWith("(") || alternative.startsWith("(?")) {
                return -1;
            }
            return outside(alternative, 0, ')');
        }

        /** @return the letters an alternative begins with, before anything that is not a plain letter, or "" */
        static String literalPrefix(String alternative) {
            int i = 0;
            while (i < alternative.length() && "\\[](){}.*+?^$|".indexOf(alternative.charAt(i)) < 0) {
                i++;
            }
            if (i < alternative.length() && "?*{".indexOf(alternative.charAt(i)) >= 0) {
                i--; // the letter before an optional or repeated part may be missing: "e ?magazin"
            }
            return alternative.substring(0, Math.max(0, i));
        }

        private static boolean isAsciiWord(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
    }
}
