package eu.alpkb.config;

/**
 * HTTP server limits. Every value has a default so that a site owner only writes what they change.
 *
 * @param port                  TCP port of the HTTP server
 * @param maxQueryLength        longest accepted {@code q}, in characters
 * @param maxPageSize           largest accepted {@code size}
 * @param defaultPageSize       {@code size} when the request does not say
 * @param maxPage               deepest accepted {@code page}; deep paging costs memory on every request
 * @param maxConcurrentSearches searches served at once; more wait briefly, then get 503
 * @param maxRequestBytes       largest accepted request body
 * @param resultCacheSize       searches whose answers are kept until the index changes; 0 turns the cache off
 * @param metricsAccess         who may read {@code /metrics}: {@value #METRICS_PUBLIC}, {@value #METRICS_LOOPBACK}
 *                              (only clients on this machine) or {@value #METRICS_ADMIN} (the admin token)
 */
public record ServerSettings(Integer port, Integer maxQueryLength, Integer maxPageSize, Integer defaultPageSize,
                             Integer maxPage, Integer maxConcurrentSearches, Integer maxRequestBytes,
                             Integer resultCacheSize, String metricsAccess) {
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_MAX_QUERY_LENGTH = 500;
    public static final int DEFAULT_MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int DEFAULT_MAX_PAGE = 1000;
    public static final int DEFAULT_MAX_CONCURRENT_SEARCHES = 64;
    public static final int DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
    public static final int DEFAULT_RESULT_CACHE_SIZE = 500;
    public static final String METRICS_PUBLIC = "public";
    public static final String METRICS_LOOPBACK = "loopback";
    public static final String METRICS_ADMIN = "admin";
    public static final java.util.List<String> METRICS_ACCESS = java.util.List.of(METRICS_PUBLIC, METRICS_LOOPBACK,
            METRICS_ADMIN);

    public ServerSettings {
        port = port == null ? DEFAULT_PORT : port;
        maxQueryLength = maxQueryLength == null ? DEFAULT_MAX_QUERY_LENGTH : maxQueryLength;
        maxPageSize = maxPageSize == null ? DEFAULT_MAX_PAGE_SIZE : maxPageSize;
        defaultPageSize = defaultPageSize == null ? DEFAULT_PAGE_SIZE : defaultPageSize;
        maxPage = maxPage == null ? DEFAULT_MAX_PAGE : maxPage;
        maxConcurrentSearches = maxConcurrentSearches == null ? DEFAULT_MAX_CONCURRENT_SEARCHES : maxConcurrentSearches;
        maxRequestBytes = maxRequestBytes == null ? DEFAULT_MAX_REQUEST_BYTES : maxRequestBytes;
        resultCacheSize = resultCacheSize == null ? DEFAULT_RESULT_CACHE_SIZE : resultCacheSize;
        metricsAccess = metricsAccess == null ? METRICS_PUBLIC : metricsAccess;
    }

    public static ServerSettings defaults() {
        return new ServerSettings(null, null, null, null, null, null, null, null, null);
    }
}
