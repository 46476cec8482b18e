package eu.alpkb.ingest.crawl;

/**
 * Why the crawler fetched something. Stored with every archived response, so that a replay of the archive
 * offers only pages as documents and never robots.txt files or sitemaps.
 */
public enum CaptureRole {
    /** A candidate document: a page or a file linked from one. */
    PAGE,
    /** A site's robots.txt. */
    ROBOTS,
    /** A sitemap or sitemap index. */
    SITEMAP
}
