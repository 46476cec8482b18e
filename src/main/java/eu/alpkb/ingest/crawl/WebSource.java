package eu.alpkb.ingest.crawl;

import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.PageReader;
import eu.alpkb.ingest.ResourceSink;
import eu.alpkb.ingest.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A web site as a source: crawls it from its start addresses, within its hosts and rules, and delivers every page
 * and file it finds. What it obeys and where it stops:
 * <ul>
 * <li>robots.txt (with its crawl delay, capped) and each page's robots meta tag {@code nofollow};</li>
 * <li>the allowed hosts (the start addresses' hosts when none are configured), http and https only, and public
 * network addresses only unless the source allows private ones;</li>
 * <li>{@code exclude} patterns (regular expressions found anywhere in the normalized address) are never fetched;
 * when {@code include} patterns are given, only addresses matching one are, apart from the start addresses;</li>
 * <li>{@code maxDepth} links from a start address, {@code maxPages} requests per run, {@code maxBytes} per body,
 * {@code delayMs} between two requests to a host, and the {@link CrawlLimits} for everything else.</li>
 * </ul>
 * Pages listed in the site's sitemaps count as one link away from the start. A page naming another address as
 * its canonical one gives way to it. Every response is archived in WARC files under
 * {@code data/warc/<source>/}; what the next run needs for conditional requests is kept in
 * {@code data/crawl/<source>.json}.
 */
public final class WebSource implements Source {
    private static final Logger log = LoggerFactory.getLogger(WebSource.class);

    private final SourceConfig config;
    private final CrawlLimits limits;
    private final Path archiveDir;
    private final Path stateFile;
    private final List<String> startUrls;
    private final List<String> allowedHosts;
    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final PageReader reader;

    /**
     * @param dataDir the service's data folder; archive and crawl state go below it
     * @param reader  reads each fetched page once, for its links and for its extraction
     * @throws IllegalArgumentException when the configuration is not a usable web source
     */
    public WebSource(SourceConfig config, Path dataDir, CrawlLimits limits, PageReader reader) {
        this.reader = java.util.Objects.requireNonNull(reader, "reader");
        if (config.type() != SourceConfig.SourceType.WEB) {
            throw new IllegalArgumentException("source " + config.name() + " is not a web source");
        }
        if (config.startUrls().isEmpty()) {
            throw new IllegalArgumentException("web source " + config.name() + " has no start address");
        }
        this.config = config;
        this.limits = limits;
        Path data = dataDir.toAbsolutePath().normalize();
        this.archiveDir = archiveDir(data, config.name());
        this.stateFile = data.resolve("crawl").resolve(config.name() + ".json");
        UrlNormalizer normalizer = new UrlNormalizer();
        Set<String> starts = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (String s : config.startUrls()) {
            String n = normalizer.normalize(s);
            if (n == null) {
                throw new IllegalArgumentException("start address of " + config.name() + " is not an http(s) URL: "
                        + s);
            }
            starts.add(n);
            hosts.add(URI.create(n).getHost().toLowerCase(Locale.ROOT));
        }
        this.startUrls = List.copyOf(starts);
        this.allowedHosts = config.allowedHosts().isEmpty() ? List.copyOf(hosts)
                : config.allowedHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        this.include = config.include().stream().map(Pattern::compile).toList();
        this.exclude = config.exclude().stream().map(Pattern::compile).toList();
    }

    /** @return the folder where the web archive of source {@code name} is kept */
    public static Path archiveDir(Path dataDir, String name) {
        return dataDir.resolve("warc").resolve(name);
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public boolean keepsVanished() {
        return config.keepVanished();
    }

    /**
     * Crawls the site into {@code sink}. The crawl state is saved only when the crawl ran to its end, so that a
     * cancelled run, whose index changes are thrown away, does not make the next run believe pages were seen.
     */
    @Override
    public void read(ResourceSink sink) {
        CrawlState previous = CrawlState.load(stateFile);
        CrawlRun.Setup setup = new CrawlRun.Setup(config, startUrls, allowedHosts, include, exclude, limits,
                archiveDir, previous, reader);
        CrawlState next;
        boolean complete;
        try (CrawlRun run = new CrawlRun(setup, sink)) {
            complete = run.crawl();
            next = run.nextState();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info("Crawl of {} interrupted", config.name());
            return;
        } catch (IOException e) {
            // Only closing the archive throws; the documents went through, the last archive record may be damaged.
            log.warn("Closing the web archive of {} failed: {}", config.name(), e.toString());
            return;
        }
        if (complete) {
            try {
                next.save(stateFile, config.name());
            } catch (IOException e) {
                // Without the state the next run fetches every page whole; slower, never wrong.
                log.warn("Cannot save the crawl state of {}: {}", config.name(), e.toString());
            }
        }
    }
}
