package eu.alpkb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One thing the reader should know about how a query was read: a part taken literally or dropped, or a match relaxed
 * to some of the words. Kept as a kind and its detail, so that each page can say it in its own language; the API
 * says it in English ({@link #english(List)}).
 *
 * @param detail the part of the query concerned ({@code region:Atlantis}, {@code AND}), or null
 */
public record QueryNotice(Kind kind, String detail) {
    /** What happened. */
    public enum Kind {
        /** No document had all (or most) of the words; the answer lists those with some of them. */
        RELAXED,
        /** Fewer documents than a page have all (or most) of the words, as many as its detail; those with some follow. */
        FILLED,
        PARENTHESES,
        TRAILING_OPERATOR,
        UNMATCHED_QUOTE,
        EMPTY_FIELD,
        WILDCARD,
        DANGLING_OPERATOR,
        LONE_OPERATOR,
        TOO_MANY_TERMS,
        UNKNOWN_VALUE
    }

    public static QueryNotice of(Kind kind) {
        return new QueryNotice(kind, null);
    }

    /**
     * @param allWords how many documents have all (or, in a longer query, most) of the words, listed before those
     *                 with some of them
     * @return the notice of an answer that lists documents with only some of the words
     */
    public static QueryNotice someWords(long allWords) {
        return allWords == 0 ? of(Kind.RELAXED) : new QueryNotice(Kind.FILLED, Long.toString(allWords));
    }

    /** @return the key of this notice's words in the pages' message bundles, e.g. {@code notice.unmatchedQuote} */
    public String messageKey() {
        StringBuilder key = new StringBuilder("notice.");
        boolean upper = false;
        for (char c : kind.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    /** @return this notice in English, as a clause ("an unmatched quote mark was ignored") */
    public String english() {
        return switch (kind) {
            case RELAXED -> "No document contains all the words; showing documents that contain some of them.";
            case FILLED -> "Documents with all the words: " + detail + ". After them come documents with some of them.";
            case PARENTHESES -> "unbalanced parentheses were ignored";
            case TRAILING_OPERATOR -> "an operator at the end of the query was ignored";
            case UNMATCHED_QUOTE -> "an unmatched quote mark was ignored";
            case EMPTY_FIELD -> "'" + detail + ":' without a value was ignored";
            case WILDCARD -> "wildcards other than a trailing * were taken as text";
            case DANGLING_OPERATOR -> "an operator without a word after it was ignored";
            case LONE_OPERATOR -> "'" + detail + "' without words on both sides was ignored";
            case TOO_MANY_TERMS -> "the query has more than " + detail + " terms; the rest was ignored";
            case UNKNOWN_VALUE -> detail + " names no known value and was searched as words";
        };
    }

    /** @return all the notices as one English text, or null when there are none */
    public static String english(List<QueryNotice> notices) {
        return describe(notices, QueryNotice::english, parts -> "Searched as words: " + parts + ".");
    }

    /**
     * Puts notices into one text in some language: a relaxed match as its own sentence, then what was taken as
     * words, joined into one sentence.
     *
     * @param words          one notice in that language
     * @param searchedAsWords the sentence around the joined notices taken as words
     * @return the text, or null when there are no notices
     */
    public static String describe(List<QueryNotice> notices, Function<QueryNotice, String> words,
                                  UnaryOperator<String> searchedAsWords) {
        List<String> sentences = new ArrayList<>();
        List<String> literal = new ArrayList<>();
        for (QueryNotice n : notices) {
            (n.kind() == Kind.RELAXED || n.kind() == Kind.FILLED ? sentences : literal).add(words.apply(n));
        }
        if (!literal.isEmpty()) {
            sentences.add(searchedAsWords.apply(String.join("; ", literal)));
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }
}
