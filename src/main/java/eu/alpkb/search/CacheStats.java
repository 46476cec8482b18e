package eu.alpkb.search;

/**
 * How the cache of recent answers is doing.
 *
 * @param hits   searches answered from the cache
 * @param misses searches run on the index
 * @param size   answers held now
 */
public record CacheStats(long hits, long misses, long size) {
}
