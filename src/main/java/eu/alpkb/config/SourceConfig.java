package eu.alpkb.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One place documents come from: a folder on disk or a web site.
 *
 * @param name          unique name, used in reports and to reindex one source
 * @param type          {@code folder} or {@code web}
 * @param path          folder to read (folder sources), relative to the configuration folder
 * @param urlPrefix     folder sources: the address the folder was published under, so documents keep a
 *                      web address instead of a file path; optional
 * @param startUrls     web sources: where the crawl starts
 * @param allowedHosts  web sources: hosts the crawler may fetch from (the start URLs' hosts when empty)
 * @param include       glob (folders) or regular expression (web) a path/URL must match; all when empty
 * @param exclude       glob (folders) or regular expression (web) that removes a path/URL
 * @param maxDepth      web sources: link hops from a start URL
 * @param maxPages      documents fetched per run at most
 * @param maxBytes      largest document read; longer bodies are cut and reported
 * @param delayMs       pause between two requests to the same host (robots.txt may ask for more)
 * @param userAgent     web sources: User-Agent header and robots.txt agent name
 * @param keepVanished  documents gone from the source stay searchable as archived copies
 * @param allowPrivateAddresses web sources: allow fetching from loopback and private networks
 */
public record SourceConfig(String name, SourceType type, String path, String urlPrefix, List<String> startUrls,
                           List<String> allowedHosts, List<String> include, List<String> exclude, Integer maxDepth,
                           Integer maxPages, Long maxBytes, Long delayMs, String userAgent, Boolean keepVanished,
                           Boolean allowPrivateAddresses) {
    public static final int DEFAULT_MAX_DEPTH = 6;
    public static final int DEFAULT_MAX_PAGES = 10_000;
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_DELAY_MS = 500;
    public static final String DEFAULT_USER_AGENT = "alpkb-crawler/0.1 (+archive search)";

    /** Where a source's documents come from. */
    public enum SourceType {
        @JsonProperty("folder") FOLDER,
        @JsonProperty("web") WEB
    }

    public SourceConfig {
        startUrls = startUrls == null ? List.of() : List.copyOf(startUrls);
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        maxDepth = maxDepth == null ? DEFAULT_MAX_DEPTH : maxDepth;
        maxPages = maxPages == null ? DEFAULT_MAX_PAGES : maxPages;
        maxBytes = maxBytes == null ? DEFAULT_MAX_BYTES : maxBytes;
        delayMs = delayMs == null ? DEFAULT_DELAY_MS : delayMs;
        userAgent = userAgent == null ? DEFAULT_USER_AGENT : userAgent;
        keepVanished = keepVanished != null && keepVanished;
        allowPrivateAddresses = allowPrivateAddresses != null && allowPrivateAddresses;
    }

    /** A folder source with defaults, for programmatic use ({@code index --folder}). */
    public static SourceConfig folder(String name, String path) {
        return new SourceConfig(name, SourceType.FOLDER, path, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** A web source with defaults, for programmatic use ({@code crawl URL}). */
    public static SourceConfig web(String name, String startUrl, int maxPages, int maxDepth, boolean allowPrivate) {
        return new SourceConfig(name, SourceType.WEB, null, null, List.of(startUrl), null, null, null, maxDepth,
                maxPages, null, null, null, null, allowPrivate);
    }
}
