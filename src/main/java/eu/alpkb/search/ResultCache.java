package eu.alpkb.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/**
 * Answers of recent searches, each valid for the index reader that computed it: a new generation or an incremental
 * update opens a new reader, and from then on only answers computed on it are served. Visitors repeat the same few
 * searches (the landing page, popular words, the pages after the first); each costs a full count of every facet.
 */
public final class ResultCache {
    /** A search on one reader; {@code reader} is the reader's cache key, compared by identity. */
    private record Key(Object reader, SearchRequest request) {
    }

    private final Cache<Key, SearchResult> cache;

    /** @param maxEntries answers kept at most, least recently used out first; 0 keeps none */
    public ResultCache(int maxEntries) {
        this.cache = maxEntries == 0 ? null : Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
    }

    /** @return the answer computed before on the same reader, or the one {@code search} computes now */
    public SearchResult get(Object reader, SearchRequest request, Supplier<SearchResult> search) {
        if (cache == null) {
            return search.get();
        }
        return cache.get(new Key(reader, request), key -> search.get());
    }

    /** Drops every answer: called when the index changes, since answers of older readers are never asked again. */
    public void clear() {
        if (cache != null) {
            cache.invalidateAll();
        }
    }

    public CacheStats stats() {
        if (cache == null) {
            return new CacheStats(0, 0, 0);
        }
        var s = cache.stats();
        return new CacheStats(s.hitCount(), s.missCount(), cache.estimatedSize());
    }
}
