package eu.alpkb.ingest.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Appends every fetched response, with the request that asked for it, to WARC files: the preserved copy of a
 * crawled site, from which the index can be rebuilt without the site ({@code index --from-archive}). Each record is
 * its own gzip member, so a record can be read from its offset alone and a crash costs only the record being
 * written. A file is closed and a new one begun once it passes the size limit.
 *
 * <p>File names start with the source name and the UTC time the file was begun, so that sorting them by name
 * sorts them by time.
 */
public final class WarcArchive implements Fetcher.Recorder, Closeable {
    /** WARC header field naming the {@link CaptureRole} of a response; readers that do not know it ignore it. */
    public static final String ROLE_FIELD = "X-Crawl-Role";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final String prefix;
    private final long rotateBytes;
    private final String userAgent;
    private FileChannel channel;
    private WarcWriter writer;
    private String fileName;
    private int sequence;

    /**
     * @param dir         the source's archive folder, created when the first record is written
     * @param prefix      start of the file names (the source name)
     * @param rotateBytes size after which the next record goes to a new file
     */
    public WarcArchive(Path dir, String prefix, long rotateBytes, String userAgent) {
        this.dir = dir;
        this.prefix = prefix;
        this.rotateBytes = rotateBytes;
        this.userAgent = userAgent;
    }

    @Override
    public synchronized ArchiveLocation record(Fetcher.Capture capture) throws IOException {
        if (writer == null) {
            open();
        }
        FetchResult r = capture.response();
        Instant date = r.fetchedAt();
        WarcResponse response = responseRecord(capture, date);
        WarcRequest request = new WarcRequest.Builder(capture.uri()).date(date).body(httpRequest(capture))
                .concurrentTo(response.id()).build();
        writer.write(request);
        long offset = writer.position();
        writer.write(response);
        ArchiveLocation location = new ArchiveLocation(fileName, offset);
        if (writer.position() >= rotateBytes) {
            closeFile();
        }
        return location;
    }

    private WarcResponse responseRecord(Fetcher.Capture capture, Instant date) throws IOException {
        FetchResult r = capture.response();
        HttpResponse.Builder http = new HttpResponse.Builder(r.status(), HttpStatus.phrase(r.status()));
        for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            // The client has already undone chunking and the body may be cut: the stored body is what the length
            // the builder writes says, and the WARC-Truncated field tells whether it is the whole of it.
            if (name.equals("transfer-encoding") || name.equals("content-length")) {
                continue;
            }
            h.getValue().forEach(v -> http.addHeader(h.getKey(), v));
        }
        String type = r.contentType();
        http.body(type == null ? null : MediaType.parseLeniently(type), r.body());
        WarcResponse.Builder b = new WarcResponse.Builder(capture.uri()).date(date).body(http.build())
                .truncated(r.end().warc()).addHeader(ROLE_FIELD, capture.role().name().toLowerCase(Locale.ROOT));
        if (capture.address() != null) {
            b.ipAddress(capture.address());
        }
        return b.build();
    }

    private static HttpRequest httpRequest(Fetcher.Capture capture) {
        URI uri = capture.uri();
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpRequest.Builder b = new HttpRequest.Builder("GET", target)
                .addHeader("Host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        capture.requestHeaders().forEach(b::addHeader);
        return b.build();
    }

    private void open() throws IOException {
        Files.createDirectories(dir);
        String stamp = FILE_TIME.format(Instant.now());
        while (true) {
            String name = String.format("%s-%s-%05d.warc.gz", prefix, stamp, sequence++);
            try {
                channel = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                fileName = name;
                break;
            } catch (FileAlreadyExistsException e) {
                // Another run began a file in the same millisecond; take the next number.
            }
        }
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        writer.write(new Warcinfo.Builder().date(Instant.now()).filename(fileName)
                .fields(Map.of("software", List.of("alpkb crawler"),
                        "format", List.of("WARC File Format 1.0"),
                        "robots", List.of("obey"),
                        "http-header-user-agent", List.of(userAgent)))
                .build());
    }

    private void closeFile() throws IOException {
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            writer = null;
            channel = null;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closeFile();
    }
}
