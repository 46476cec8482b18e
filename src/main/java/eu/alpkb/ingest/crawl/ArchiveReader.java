package eu.alpkb.ingest.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads back what {@link WarcArchive} wrote: a quick scan of every response in a source's archive folder, and one
 * response with its body from a known offset. A file cut short by a crash is read up to the damage.
 */
public final class ArchiveReader {
    private static final Logger log = LoggerFactory.getLogger(ArchiveReader.class);

    /** One archived response, without its body. */
    public record Entry(String url, int status, CaptureRole role, BodyEnd end, ArchiveLocation location) {
    }

    /** One archived response with headers (names compared without case) and body as the server sent it. */
    public record Stored(String url, int status, Map<String, List<String>> headers, byte[] body, BodyEnd end,
                         Instant date) {
        /** @return the first value of a header, or null */
        public String header(String name) {
            List<String> v = headers.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    private ArchiveReader() {
    }

    /** @return the WARC files of an archive folder, oldest first; empty when the folder does not exist */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return Files.isRegularFile(p) && (n.endsWith(".warc.gz") || n.endsWith(".warc"));
            }).sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list the archive folder {}: {}", dir, e.toString());
            return List.of();
        }
    }

    /** Calls {@code each} for every response record in the folder, oldest file first, in file order. */
    public static void scan(Path dir, Consumer<Entry> each) {
        for (Path file : files(dir)) {
            try (WarcReader reader = new WarcReader(file)) {
                reader.setLenient(true);
                for (WarcRecord record : reader) {
                    if (record instanceof WarcResponse response) {
                        each.accept(entry(file, response));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Records before the damage were delivered; a crash while writing leaves at most one bad record.
                log.warn("Archive file {} is damaged; read up to the damage: {}", file, e.toString());
            }
        }
    }

    private static Entry entry(Path file, WarcResponse response) throws IOException {
        String role = response.headers().first(WarcArchive.ROLE_FIELD).orElse("page").toUpperCase(Locale.ROOT);
        CaptureRole r;
        try {
            r = CaptureRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            r = CaptureRole.PAGE;
        }
        return new Entry(response.target(), response.http().status(), r, BodyEnd.of(response.truncated()),
                new ArchiveLocation(file.getFileName().toString(), response.position()));
    }

    /**
     * Reads one response with its body.
     *
     * @return the response, or empty when the file is gone or the record cannot be read there
     */
    public static Optional<Stored> read(Path dir, ArchiveLocation location) {
        String name = location.file();
        if (name == null || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return Optional.empty();
        }
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
            reader.position(location.offset());
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty() || !(record.get() instanceof WarcResponse response)) {
                return Optional.empty();
            }
            HttpResponse http = response.http();
            byte[] body;
            try (InputStream in = http.body().stream()) {
                body = in.readAllBytes();
            }
            return Optional.of(new Stored(response.target(), http.status(), headerMap(http), body,
                    BodyEnd.of(response.truncated()), response.date()));
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read the archived response at {}:{}: {}", file, location.offset(), e.toString());
            return Optional.empty();
        }
    }

    private static Map<String, List<String>> headerMap(HttpResponse http) {
        Map<String, List<String>> m = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        http.headers().map().forEach((k, v) -> m.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return m;
    }
}
