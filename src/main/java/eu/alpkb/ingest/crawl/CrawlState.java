package eu.alpkb.ingest.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a crawl remembers of each page for the next one: the validators for a conditional request, and where its
 * last full response lies in the archive. A 304 answer has no body, so the archived copy is what the crawler reads
 * the page's links from to go on crawling. Written whole to a temporary file and moved into place, so a crash
 * leaves the previous state, never half of one.
 */
final class CrawlState {
    private static final Logger log = LoggerFactory.getLogger(CrawlState.class);
    static final int VERSION = 1;

    /**
     * @param etag         the ETag the server sent, or null
     * @param lastModified the Last-Modified it sent, as sent, or null
     * @param archived     where the response lies in the archive
     * @param fetchedAt    when the page was last fetched whole
     */
    record Page(String etag, String lastModified, ArchiveLocation archived, Instant fetchedAt) {
        /** @return whether a conditional request can be made for this page */
        boolean conditional() {
            return archived != null && (etag != null || lastModified != null);
        }
    }

    /** The file's form. */
    record Stored(int version, String source, Instant savedAt, Map<String, Page> pages) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final Map<String, Page> pages;

    CrawlState(Map<String, Page> pages) {
        this.pages = new TreeMap<>(pages);
    }

    static CrawlState empty() {
        return new CrawlState(Map.of());
    }

    /** @return the state in {@code file}; empty when there is none or it is unreadable (the crawl starts afresh) */
    static CrawlState load(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            Stored s = JSON.readValue(file.toFile(), Stored.class);
            if (s.version() != VERSION || s.pages() == null) {
                log.warn("Crawl state {} has an unknown version; starting afresh", file);
                return empty();
            }
            return new CrawlState(s.pages());
        } catch (IOException e) {
            log.warn("Cannot read crawl state {}; starting afresh: {}", file, e.toString());
            return empty();
        }
    }

    Optional<Page> get(String url) {
        return Optional.ofNullable(pages.get(url));
    }

    void put(String url, Page page) {
        pages.put(url, page);
    }

    /** @return the addresses known, in order */
    java.util.List<String> urls() {
        return java.util.List.copyOf(pages.keySet());
    }

    /** Writes the state to {@code file} atomically. */
    void save(Path file, String source) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), new Stored(VERSION, source, Instant.now(), pages));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
