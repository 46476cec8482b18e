package eu.alpkb.ingest.crawl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The addresses still to visit, breadth first, and every address met so far. An address is considered once: the
 * first time it is met (which, breadth first, is at its smallest depth) it is either queued or refused with a
 * reason, and later links to it are ignored.
 *
 * <p>The memory of met addresses is bounded, since a hostile site can print millions of distinct links; past the
 * bound new addresses are dropped without a word, which only ever makes the crawl smaller.
 */
final class Frontier {
    /** One address to visit and its distance in links from a start address. */
    record Entry(String url, int depth) {
    }

    private final Deque<Entry> queue = new ArrayDeque<>();
    /** Every address met: true when it was queued, false when it was refused. */
    private final Map<String, Boolean> met = new HashMap<>();
    private final int maxMet;

    Frontier(int maxMet) {
        this.maxMet = maxMet;
    }

    /** @return whether {@code url} was met before (queued, visited or refused) */
    boolean met(String url) {
        return met.containsKey(url);
    }

    /** @return whether {@code url} was queued for a visit at some point in this crawl */
    boolean accepted(String url) {
        return Boolean.TRUE.equals(met.get(url));
    }

    /**
     * Records a first meeting with {@code url}.
     *
     * @return false when it was met before or the memory is full; the caller then does nothing more with it
     */
    boolean meet(String url) {
        if (met.containsKey(url) || met.size() >= maxMet) {
            return false;
        }
        met.put(url, false);
        return true;
    }

    /** Queues an address already {@linkplain #meet met}. */
    void push(Entry entry) {
        met.put(entry.url(), true);
        queue.addLast(entry);
    }

    /** Marks an address already {@linkplain #meet met} as part of the crawl without queueing it (a redirect hop). */
    void claim(String url) {
        met.put(url, true);
    }

    /** @return the next address to visit, or null when none is left */
    /** @return addresses queued and not yet taken */
    int pending() {
        return queue.size();
    }

    Entry poll() {
        return queue.pollFirst();
    }
}
