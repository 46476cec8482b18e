package eu.alpkb.ingest.crawl;

import java.net.URI;

/**
 * Fetches a resource the crawler needs for itself (robots.txt, a sitemap), following redirects within the
 * crawler's rules. Lets the interpreting classes stay free of the network.
 */
@FunctionalInterface
interface ResourceLoader {
    /** @return the final response, or a result without response when none could be had */
    FetchResult load(URI uri) throws InterruptedException;
}
