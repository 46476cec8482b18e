package eu.alpkb.ingest;

import java.util.List;

/**
 * What a source needs from a page it read to go on crawling: where the page links to, which address it declares as
 * its own, and whether it asks crawlers not to follow its links. The same reading of the page serves extraction, so
 * the crawler and the index never disagree about a page.
 */
public interface PageFacts {
    /** @return absolute addresses in page order, without duplicates; any scheme, so refusals can be reported */
    List<String> links();

    /** @return the address the page declares as its own ({@code rel=canonical}), absolute, or null */
    String canonical();

    /** @return whether the page's robots meta tag says {@code nofollow} or {@code none} */
    boolean nofollow();
}
