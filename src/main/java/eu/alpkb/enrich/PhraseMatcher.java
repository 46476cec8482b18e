package eu.alpkb.enrich;

import eu.alpkb.config.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Finds many configured words and phrases in a text in one pass: the terms are kept in a trie of folded tokens,
 * and each position of the text walks it as far as it matches (the longest term of each kind wins there). Cost
 * grows with the text, not with the number of terms. A term ending in {@code *} matches any word that starts with it.
 *
 * <p>Terms of several kinds (regions, sectors, organisations…) share one trie, so a text is walked once for all of
 * them; a longer term of one kind never hides a shorter term of another kind at the same position.
 *
 * @param <T> what a match stands for (a region code, a sector id...)
 */
public final class PhraseMatcher<T> {
    private final Node<T> root = new Node<>();
    private final ToIntFunction<T> kindOf;
    private final int kinds;

    /** A matcher for terms of one kind. */
    public PhraseMatcher() {
        this(value -> 0, 1);
    }

    /**
     * @param kindOf the kind of a term's value, from 0 to {@code kinds - 1}
     * @param kinds  how many kinds there are
     */
    public PhraseMatcher(ToIntFunction<T> kindOf, int kinds) {
        this.kindOf = kindOf;
        this.kinds = kinds;
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        /**
         * Prefix terms by their first letter: a word is compared only with the prefixes it could start with, not
         * with every prefix at every position of the text.
         */
        final Map<Character, List<Prefix<T>>> prefixes = new HashMap<>();
        /** Terms ending here, by kind; null when none does. */
        List<Entry<T>>[] values;

        List<Prefix<T>> prefixesFor(String token) {
            if (prefixes.isEmpty() || token.isEmpty()) {
                return List.of();
            }
            List<Prefix<T>> candidates = prefixes.get(token.charAt(0));
            return candidates == null ? List.of() : candidates;
        }
    }

    private record Prefix<T>(String prefix, Entry<T> entry, int kind) {
    }

    /** A configured term and what it means. */
    private record Entry<T>(T value, boolean caseSensitive) {
    }

    /**
     * One occurrence of a term.
     *
     * @param value   what the term stands for
     * @param surface the words as written in the text
     * @param start   index of the first token
     * @param end     index after the last token
     */
    public record Match<T>(T value, String surface, int start, int end) {
    }

    /**
     * Adds a term.
     *
     * @param caseSensitive the text's first word must start with a capital, as proper names do; keeps place names
     *                      that are also ordinary words ("Wels", "Bern") from matching the ordinary word
     */
    @SuppressWarnings("unchecked")
    public void add(String term, T value, boolean caseSensitive) {
        boolean prefix = term.endsWith("*");
        String[] tokens = Text.fold(prefix ? term.substring(0, term.length() - 1) : term).split(" ");
        if (tokens.length == 0 || tokens[0].isEmpty()) {
            return;
        }
        int kind = kindOf.applyAsInt(value);
        Node<T> node = root;
        int last = prefix ? tokens.length - 1 : tokens.length;
        for (int i = 0; i < last; i++) {
            node = node.next.computeIfAbsent(tokens[i], k -> new Node<>());
        }
        // A name its owners write in lower case ("bioPmed") has no capital to ask of the text.
        Entry<T> entry = new Entry<>(value, caseSensitive && !Character.isLowerCase(term.codePointAt(0)));
        if (prefix) {
            String p = tokens[tokens.length - 1];
            node.prefixes.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(new Prefix<>(p, entry, kind));
        } else {
            if (node.values == null) {
                node.values = new List[kinds];
            }
            if (node.values[kind] == null) {
                node.values[kind] = new ArrayList<>(1);
            }
            node.values[kind].add(entry);
        }
    }

    /** @return at each token position, the longest match of every kind, in text order */
    @SuppressWarnings("unchecked")
    public List<Match<T>> find(Tokens text) {
        List<Match<T>> out = new ArrayList<>();
        List<Entry<T>>[] best = new List[kinds];
        int[] bestEnd = new int[kinds];
        int n = text.size();
        for (int i = 0; i < n; i++) {
            Node<T> node = root;
            Arrays.fill(best, null);
            Arrays.fill(bestEnd, -1);
            boolean found = false;
            for (int j = i; j < n && node != null; j++) {
                String tok = text.folded(j);
                for (Prefix<T> p : node.prefixesFor(tok)) {
                    if (j + 1 > bestEnd[p.kind()] && tok.startsWith(p.prefix())) {
                        best[p.kind()] = List.of(p.entry());
                        bestEnd[p.kind()] = j + 1;
                        found = true;
                    }
                }
                node = node.next.get(tok);
                if (node != null && node.values != null) {
                    for (int k = 0; k < kinds; k++) {
                        if (node.values[k] != null) {
                            best[k] = node.values[k];
                            bestEnd[k] = j + 1;
                            found = true;
                        }
                    }
                }
            }
            if (!found) {
                continue;
            }
            for (int k = 0; k < kinds; k++) {
                if (best[k] == null) {
                    continue;
                }
                for (Entry<T> e : best[k]) {
                    if (!e.caseSensitive() || text.capitalised(i)) {
                        out.add(new Match<>(e.value(), text.surface(i, bestEnd[k]), i, bestEnd[k]));
                    }
                }
            }
        }
        return out;
    }
}
