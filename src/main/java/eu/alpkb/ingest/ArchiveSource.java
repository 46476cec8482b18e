package eu.alpkb.ingest;

import eu.alpkb.ingest.crawl.ArchiveLocation;
import eu.alpkb.ingest.crawl.ArchiveReader;
import eu.alpkb.ingest.crawl.BodyEnd;
import eu.alpkb.ingest.crawl.CaptureRole;
import eu.alpkb.ingest.crawl.ContentDecoding;
import eu.alpkb.ingest.crawl.ContentSniffer;

import eu.alpkb.ingest.crawl.UrlNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replays a web source from its WARC archive, without the network: for every address, the latest archived answer
 * counts. When that answer is a page (HTTP 200), its stored bytes are delivered as if just fetched; when it is a
 * redirect or "not found", the address is no longer a document. robots.txt files and sitemaps are never delivered.
 * A page that gives way to its canonical address is left out when that address has a copy too, as the crawl does.
 */
public final class ArchiveSource implements Source {
    private final String name;
    private final Path dir;
    private final long maxBytes;
    private final PageReader reader;

    /**
     * @param name     the name of the web source the archive belongs to; documents keep it as their source
     * @param dir      its archive folder ({@code data/warc/<name>})
     * @param maxBytes bodies are decoded up to this size
     * @param reader   reads each archived page once, for its canonical address and for its extraction
     */
    public ArchiveSource(String name, Path dir, long maxBytes, PageReader reader) {
        this.name = name;
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.reader = reader;
    }

    /** @return one source per archive folder under {@code warcRoot}, in name order; empty when there are none */
    public static List<ArchiveSource> all(Path warcRoot, long maxBytes, PageReader reader) throws IOException {
        if (!Files.isDirectory(warcRoot)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(warcRoot)) {
            return s.filter(Files::isDirectory).filter(d -> !ArchiveReader.files(d).isEmpty()).sorted()
                    .map(d -> new ArchiveSource(d.getFileName().toString(), d, maxBytes, reader)).toList();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(ResourceSink sink) {
        Map<String, ArchiveReader.Entry> latest = new LinkedHashMap<>();
        ArchiveReader.scan(dir, e -> {
            if (e.role() != CaptureRole.PAGE) {
                return;
            }
            int s = e.status();
            boolean decisive = s == 200 || s == 203 || s == 404 || s == 410 || (s >= 300 && s < 400 && s != 304);
            // A body cut by the network or the clock was never delivered by the crawl; it does not replace a copy.
            boolean whole = e.end() == BodyEnd.COMPLETE || e.end() == BodyEnd.TOO_LARGE;
            if (decisive && (whole || s >= 300)) {
                latest.put(e.url(), e);
            }
        });
        List<String> pages = new ArrayList<>();
        Set<String> pageSet = new HashSet<>();
        latest.forEach((url, e) -> {
            if (e.status() == 200 || e.status() == 203) {
                pages.add(url);
                pageSet.add(url);
            }
        });
        UrlNormalizer normalizer = new UrlNormalizer();
        Map<String, String> deferredTo = new LinkedHashMap<>();
        for (String url : pages) {
            if (sink.cancelled()) {
                return;
            }
            ArchiveLocation at = latest.get(url).location();
            Optional<ArchiveReader.Stored> stored = ArchiveReader.read(dir, at);
            if (stored.isEmpty()) {
                sink.report(Outcome.failed(url, Reason.of("archiveUnreadable",
                        "archived copy unreadable in " + at.file() + " at " + at.offset(), String.valueOf(at.file()),
                        String.valueOf(at.offset()))));
                continue;
            }
            ArchiveReader.Stored s = stored.get();
            ContentDecoding.Decoded body;
            try {
                body = ContentDecoding.decode(s.header("Content-Encoding"), s.body(), maxBytes);
            } catch (IOException e) {
                sink.report(Outcome.skipped(url, Reason.of("archiveUndecodable",
                        "cannot decode the archived body: " + e.getMessage(), e.getMessage())));
                continue;
            }
            String type = s.header("Content-Type");
            boolean html = ContentSniffer.looksLikeHtml(type, body.bytes());
            boolean cut = s.end() == BodyEnd.TOO_LARGE || body.truncated();
            Map<String, String> headers = FetchedResource.keptHeaders(s::header);
            FetchedResource resource = new FetchedResource(name, url, body.bytes(), type, headers, s.date(), cut);
            if (html) {
                PageFacts page = reader.read(resource);
                resource = resource.withRead(page);
                String canonical = page.canonical() == null ? null : normalizer.normalize(page.canonical());
                if (canonical != null && !canonical.equals(url) && pageSet.contains(canonical)
                        && !url.equals(deferredTo.get(canonical))) {
                    deferredTo.put(url, canonical);
                    sink.report(Outcome.skipped(url,
                            Reason.of("canonicalDuplicate", "duplicate of its canonical address " + canonical, canonical)));
                    continue;
                }
            } else if (cut && !ContentSniffer.looksLikeText(type, body.bytes())) {
                sink.report(Outcome.skipped(url, Reason.of("archiveCut",
                        "archived copy was cut at the size limit and cannot be read")));
                continue;
            }
            if (!sink.accept(resource)) {
                return;
            }
        }
    }
}
