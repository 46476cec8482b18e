package eu.alpkb.ingest.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import eu.alpkb.ingest.Outcome;
import eu.alpkb.ingest.Reason;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a site's sitemaps (XML, text, RSS/Atom, gzipped; indexes of sitemaps) with crawler-commons and returns the
 * page addresses they list. Bounded in files, nesting and addresses. A sitemap the site declares in robots.txt
 * that cannot be read is reported; the conventional {@code /sitemap.xml}, only guessed, may quietly be missing.
 */
final class SitemapReader {
    private static final Logger log = LoggerFactory.getLogger(SitemapReader.class);
    /** Sitemap indexes pointing to indexes: real sites use one level, two at most. */
    private static final int MAX_NESTING = 3;

    /** The listed page addresses, and the sitemaps that could not be read. */
    record Result(List<String> urls, List<Outcome> problems) {
    }

    private record Pending(String url, boolean declared, int level) {
    }

    private final ResourceLoader loader;
    private final int maxSitemaps;
    private final long maxBytes;

    SitemapReader(ResourceLoader loader, int maxSitemaps, long maxBytes) {
        this.loader = loader;
        this.maxSitemaps = maxSitemaps;
        this.maxBytes = maxBytes;
    }

    /**
     * @param declared sitemap addresses from robots.txt
     * @param guessed  addresses tried by convention
     * @param allowed  whether the crawler may fetch a sitemap address at all
     * @param maxUrls  page addresses returned at most
     */
    Result read(List<String> declared, List<String> guessed, Predicate<String> allowed, int maxUrls)
            throws InterruptedException {
        // Lenient: a sitemap may list pages outside its own folder; the crawler's rules judge every address anyway.
        SiteMapParser parser = new SiteMapParser(false);
        Deque<Pending> queue = new ArrayDeque<>();
        Set<String> queued = new HashSet<>();
        declared.forEach(u -> {
            if (queued.add(u)) {
                queue.add(new Pending(u, true, 0));
            }
        });
        guessed.forEach(u -> {
            if (queued.add(u)) {
                queue.add(new Pending(u, false, 0));
            }
        });
        List<String> urls = new ArrayList<>();
        List<Outcome> problems = new ArrayList<>();
        int read = 0;
        while (!queue.isEmpty() && urls.size() < maxUrls) {
            Pending p = queue.poll();
            if (read >= maxSitemaps) {
                log.info("Sitemap limit of {} reached; {} not read", maxSitemaps, p.url());
                continue;
            }
            if (!allowed.test(p.url())) {
                log.info("Sitemap {} is outside the crawler's rules; not read", p.url());
                continue;
            }
            read++;
            FetchResult r = loader.load(URI.create(p.url()));
            if (!r.responded() || r.status() != 200 || !r.bodyUsable()) {
                if (p.declared()) {
                    problems.add(Outcome.failed(p.url(),
                            Reason.of("sitemapNotRead", "sitemap could not be read: ").then(r.failure())));
                }
                continue;
            }
            AbstractSiteMap map;
            try {
                byte[] body = ContentDecoding.decode(r.header("Content-Encoding"), r.body(), maxBytes).bytes();
                map = parser.parseSiteMap(r.contentType(), body, URI.create(p.url()).toURL());
            } catch (UnknownFormatException | IOException | RuntimeException e) {
                if (p.declared()) {
                    problems.add(Outcome.failed(p.url(),
                            Reason.of("sitemapUnreadable", "not a readable sitemap: " + e.getMessage(), e.getMessage())));
                }
                continue;
            }
            if (map instanceof SiteMapIndex index) {
                if (p.level() + 1 >= MAX_NESTING) {
                    problems.add(Outcome.skipped(p.url(), Reason.of("sitemapTooDeep",
                            "sitemap indexes nested deeper than " + MAX_NESTING, MAX_NESTING)));
                    continue;
                }
                for (AbstractSiteMap child : index.getSitemaps()) {
                    String u = child.getUrl().toString();
                    if (queued.add(u)) {
                        queue.add(new Pending(u, true, p.level() + 1));
                    }
                }
            } else if (map instanceof SiteMap sitemap) {
                for (SiteMapURL u : sitemap.getSiteMapUrls()) {
                    if (urls.size() >= maxUrls) {
                        log.info("Sitemaps list more than {} addresses; the rest is left to links", maxUrls);
                        break;
                    }
                    if (u.isValid()) {
                        urls.add(u.getUrl().toString());
                    }
                }
            }
        }
        return new Result(urls, problems);
    }
}
