package eu.alpkb.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The list of an answer filled with documents that have only some of the words: the documents with all of them in
 * their order, then the others in theirs. Both engines list a filled answer by this one rule.
 */
public final class FilledList {
    private FilledList() {
    }

    /**
     * @param allWords every document with all the words, in order
     * @param some     the documents with some of the words in order, the former among them, at least {@code end}
     *                 more than {@code allWords} when there are
     * @param key      what tells two hits of the same document apart from others
     * @param end      how many to list: the end of the page asked for
     * @return the first {@code end} documents of the filled list
     */
    public static <T, K> List<T> of(List<T> allWords, List<T> some, Function<T, K> key, int end) {
        List<T> out = new ArrayList<>(allWords);
        Set<K> listed = new HashSet<>();
        allWords.forEach(d -> listed.add(key.apply(d)));
        for (T d : some) {
            if (out.size() >= end) {
                break;
            }
            if (listed.add(key.apply(d))) {
                out.add(d);
            }
        }
        return out.size() > end ? out.subList(0, end) : out;
    }
}
