package eu.alpkb.ingest.crawl;

import java.time.Duration;

/**
 * The technical bounds of a crawl: timeouts, retries, redirects and the link-trap caps. What a source configures
 * (pages, depth, bytes, delay) lives in its {@link eu.alpkb.config.SourceConfig}; these make sure that no site,
 * however hostile, keeps a crawl busy for ever. The defaults suit public sites; {@code alpkb.yaml}'s {@code crawl:}
 * section changes the common ones ({@link #of}). Tests shrink them to keep a hostile site fast.
 *
 * @param connectTimeout          longest wait for a TCP/TLS connection
 * @param responseTimeout         longest wait from sending a request to the end of the response headers
 * @param fetchTimeout            longest time for a whole response, body included (a server that trickles bytes)
 * @param maxRedirects            redirects followed in a row before the address is given up
 * @param maxRetries              extra attempts after a transient failure (5xx, 429, timeout, cut connection)
 * @param retryBackoff            wait before the first retry; doubled for each further one
 * @param maxRetryAfter           cap on a server's {@code Retry-After}
 * @param maxCrawlDelay           cap on a robots.txt {@code Crawl-delay}
 * @param maxUrlLength            longer addresses are refused (session ids and traps grow them without end)
 * @param maxPathSegments         deeper paths are refused
 * @param maxSegmentRepeats       a path segment appearing this often is a relative-link loop ({@code /a/a/a/})
 * @param maxUrlsPerShape         addresses that differ only in their numbers or query values (a calendar, a
 *                                faceted search) followed at most this many times per shape
 * @param maxQueryVariantsPerPath distinct query strings followed per path
 * @param maxLinksPerPage         links read from one page
 * @param maxSitemaps             sitemap files read per run, sitemap indexes included
 * @param maxRobotsBytes          robots.txt bytes read (RFC 9309 asks for at least 500 KiB)
 * @param maxSitemapBytes         sitemap bytes read per file (the sitemap protocol's own limit is 50 MB)
 * @param warcFileBytes           a WARC file is closed and a new one begun past this size
 */
public record CrawlLimits(Duration connectTimeout, Duration responseTimeout, Duration fetchTimeout, int maxRedirects,
                          int maxRetries, Duration retryBackoff, Duration maxRetryAfter, Duration maxCrawlDelay,
                          int maxUrlLength, int maxPathSegments, int maxSegmentRepeats, int maxUrlsPerShape,
                          int maxQueryVariantsPerPath, int maxLinksPerPage, int maxSitemaps, long maxRobotsBytes,
                          long maxSitemapBytes, long warcFileBytes) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final int DEFAULT_MAX_RETRIES = 2;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(2);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);
    /** Ten seconds a page is already 28 hours for 10,000 pages; a site asking for more gets this. */
    public static final Duration DEFAULT_MAX_CRAWL_DELAY = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_URL_LENGTH = 2048;
    public static final int DEFAULT_MAX_PATH_SEGMENTS = 24;
    public static final int DEFAULT_MAX_SEGMENT_REPEATS = 3;
    /** Generous: a numbered archive ({@code /node/123}) shares one shape and may hold thousands of real pages. */
    public static final int DEFAULT_MAX_URLS_PER_SHAPE = 2000;
    public static final int DEFAULT_MAX_QUERY_VARIANTS_PER_PATH = 500;
    public static final int DEFAULT_MAX_LINKS_PER_PAGE = 5000;
    public static final int DEFAULT_MAX_SITEMAPS = 100;
    public static final long DEFAULT_MAX_ROBOTS_BYTES = 512 * 1024;
    public static final long DEFAULT_MAX_SITEMAP_BYTES = 50L * 1024 * 1024;
    public static final long DEFAULT_WARC_FILE_BYTES = 100L * 1024 * 1024;

    public CrawlLimits {
        if (maxRedirects < 0 || maxRetries < 0 || maxUrlLength < 16 || maxSegmentRepeats < 2 || maxUrlsPerShape < 1
                || maxQueryVariantsPerPath < 1 || maxLinksPerPage < 1 || maxSitemaps < 0 || warcFileBytes < 1024) {
            throw new IllegalArgumentException("crawl limits out of range");
        }
    }

    /** @return the limits used for configured sources and the {@code crawl} command */
    public static CrawlLimits defaults() {
        return new CrawlLimits(DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, DEFAULT_FETCH_TIMEOUT,
                DEFAULT_MAX_REDIRECTS, DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BACKOFF, DEFAULT_MAX_RETRY_AFTER,
                DEFAULT_MAX_CRAWL_DELAY, DEFAULT_MAX_URL_LENGTH, DEFAULT_MAX_PATH_SEGMENTS,
                DEFAULT_MAX_SEGMENT_REPEATS, DEFAULT_MAX_URLS_PER_SHAPE, DEFAULT_MAX_QUERY_VARIANTS_PER_PATH,
                DEFAULT_MAX_LINKS_PER_PAGE, DEFAULT_MAX_SITEMAPS, DEFAULT_MAX_ROBOTS_BYTES, DEFAULT_MAX_SITEMAP_BYTES,
                DEFAULT_WARC_FILE_BYTES);
    }

    /** @return the defaults with what {@code alpkb.yaml}'s {@code crawl:} section sets instead */
    public static CrawlLimits of(eu.alpkb.config.CrawlSettings s) {
        CrawlLimits d = defaults();
        return new CrawlLimits(seconds(s.connectTimeoutSeconds(), d.connectTimeout()),
                seconds(s.responseTimeoutSeconds(), d.responseTimeout()),
                seconds(s.fetchTimeoutSeconds(), d.fetchTimeout()), d.maxRedirects(),
                or(s.maxRetries(), d.maxRetries()), d.retryBackoff(), d.maxRetryAfter(), d.maxCrawlDelay(),
                or(s.maxUrlLength(), d.maxUrlLength()), or(s.maxPathSegments(), d.maxPathSegments()),
                or(s.maxSegmentRepeats(), d.maxSegmentRepeats()), or(s.maxUrlsPerShape(), d.maxUrlsPerShape()),
                or(s.maxQueryVariantsPerPath(), d.maxQueryVariantsPerPath()),
                or(s.maxLinksPerPage(), d.maxLinksPerPage()), d.maxSitemaps(), d.maxRobotsBytes(),
                d.maxSitemapBytes(), d.warcFileBytes());
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static Duration seconds(Integer value, Duration fallback) {
        return value == null ? fallback : Duration.ofSeconds(value);
    }

    /** @return these limits with other timeouts */
    public CrawlLimits withTimeouts(Duration connect, Duration response, Duration fetch) {
        return new CrawlLimits(connect, response, fetch, maxRedirects, maxRetries, retryBackoff, maxRetryAfter,
                maxCrawlDelay, maxUrlLength, maxPathSegments, maxSegmentRepeats, maxUrlsPerShape,
                maxQueryVariantsPerPath, maxLinksPerPage, maxSitemaps, maxRobotsBytes, maxSitemapBytes,
                warcFileBytes);
    }

    /** @return these limits with another retry policy and crawl-delay cap */
    public CrawlLimits withRetries(int retries, Duration backoff, Duration retryAfterCap, Duration crawlDelayCap) {
        return new CrawlLimits(connectTimeout, responseTimeout, fetchTimeout, maxRedirects, retries, backoff,
                retryAfterCap, crawlDelayCap, maxUrlLength, maxPathSegments, maxSegmentRepeats, maxUrlsPerShape,
                maxQueryVariantsPerPath, maxLinksPerPage, maxSitemaps, maxRobotsBytes, maxSitemapBytes,
                warcFileBytes);
    }

    /** @return these limits with other link-trap caps */
    public CrawlLimits withTrapCaps(int urlsPerShape, int queryVariantsPerPath) {
        return new CrawlLimits(connectTimeout, responseTimeout, fetchTimeout, maxRedirects, maxRetries, retryBackoff,
                maxRetryAfter, maxCrawlDelay, maxUrlLength, maxPathSegments, maxSegmentRepeats, urlsPerShape,
                queryVariantsPerPath, maxLinksPerPage, maxSitemaps, maxRobotsBytes, maxSitemapBytes, warcFileBytes);
    }

    /** @return these limits with another WARC file size */
    public CrawlLimits withWarcFileBytes(long bytes) {
        return new CrawlLimits(connectTimeout, responseTimeout, fetchTimeout, maxRedirects, maxRetries, retryBackoff,
                maxRetryAfter, maxCrawlDelay, maxUrlLength, maxPathSegments, maxSegmentRepeats, maxUrlsPerShape,
                maxQueryVariantsPerPath, maxLinksPerPage, maxSitemaps, maxRobotsBytes, maxSitemapBytes, bytes);
    }
}
