package eu.alpkb.config;

/**
 * The crawler's bounds that apply to every web source: timeouts, retries and the link-trap caps. Each value left
 * out keeps the crawler's default (written out in the bundled {@code alpkb.yaml}).
 *
 * @param connectTimeoutSeconds   longest wait for a connection
 * @param responseTimeoutSeconds  longest wait for the response headers
 * @param fetchTimeoutSeconds     longest time for a whole response, body included
 * @param maxRetries              extra attempts after a server error or 429 (a timeout is tried once more, later)
 * @param maxUrlLength            longer addresses are refused
 * @param maxPathSegments         deeper paths are refused
 * @param maxSegmentRepeats       a path segment appearing this often is a relative-link loop ({@code /a/a/a/})
 * @param maxUrlsPerShape         addresses that differ only in numbers or query values (a calendar, a faceted
 *                                search) followed per shape
 * @param maxQueryVariantsPerPath distinct query strings followed per path
 * @param maxLinksPerPage         links read from one page
 */
public record CrawlSettings(Integer connectTimeoutSeconds, Integer responseTimeoutSeconds, Integer fetchTimeoutSeconds,
                            Integer maxRetries, Integer maxUrlLength, Integer maxPathSegments,
                            Integer maxSegmentRepeats, Integer maxUrlsPerShape, Integer maxQueryVariantsPerPath,
                            Integer maxLinksPerPage) {
    /** @return settings that keep every default */
    public static CrawlSettings defaults() {
        return new CrawlSettings(null, null, null, null, null, null, null, null, null, null);
    }
}
