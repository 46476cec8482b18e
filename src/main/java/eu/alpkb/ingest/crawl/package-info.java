/**
 * The web crawler: fetches a site within its rules and delivers raw responses to the pipeline. {@code Fetcher}
 * (Apache HttpClient 5) is the only class that touches the network, and it connects only to addresses
 * {@code HostGuard} has just resolved and judged; {@code Frontier}, {@code UrlNormalizer}, {@code HostGuard},
 * {@code TrapGuard}, {@code RobotsCache} (crawler-commons) and {@code SitemapReader} (crawler-commons) decide what
 * to fetch; {@code WarcArchive} (jwarc) preserves every response; {@code CrawlState} remembers validators for
 * conditional requests; {@code CrawlRun} ties one run together and {@code WebSource} is the
 * {@link eu.alpkb.ingest.Source} the pipeline sees.
 *
 * <p>It reads links and canonical addresses from pages, and nothing else: extracting text is the extract stage's
 * job, indexing the index stage's. Every address it meets ends with an outcome and a reason, and no site can keep
 * it busy for ever: time, bytes, redirects, retries, depth, pages and link traps are all bounded.
 */
package eu.alpkb.ingest.crawl;
