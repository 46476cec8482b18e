package eu.alpkb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every regular file below a folder, recursively, in a stable order. What a file is gets decided by sniffing
 * its bytes later, so files are not filtered by extension here; include/exclude globs are relative to the folder.
 */
public final class FolderSource implements Source {
    private final String name;
    private final Path root;
    private final String urlPrefix;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final long maxBytes;
    private final boolean keepVanished;

    /**
     * @param urlPrefix when non-null, a file's address is this prefix plus its path relative to the folder;
     *                  otherwise its file URL
     */
    public FolderSource(String name, Path root, String urlPrefix, List<String> include, List<String> exclude,
                        long maxBytes, boolean keepVanished) {
        this.name = name;
        this.root = root.toAbsolutePath().normalize();
        this.urlPrefix = urlPrefix;
        this.include = include.stream().map(FolderSource::glob).toList();
        this.exclude = exclude.stream().map(FolderSource::glob).toList();
        this.maxBytes = maxBytes;
        this.keepVanished = keepVanished;
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean keepsVanished() {
        return keepVanished;
    }

    @Override
    public int estimatedSize() {
        return files().size();
    }

    private List<Path> files() {
        // Links are not followed: a link out of the folder must not expose other files.
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> out = new ArrayList<>();
            walk.filter(Files::isRegularFile).filter(this::selected).sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private boolean selected(Path file) {
        Path rel = root.relativize(file);
        if (rel.getFileName().toString().startsWith(".")) {
            return false;
        }
        if (!include.isEmpty() && include.stream().noneMatch(m -> m.matches(rel))) {
            return false;
        }
        return exclude.stream().noneMatch(m -> m.matches(rel));
    }

    @Override
    public void read(ResourceSink sink) {
        for (Path file : files()) {
            if (sink.cancelled()) {
                return;
            }
            String url = addressOf(file);
            try {
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                boolean truncated = attrs.size() > maxBytes;
                byte[] bytes;
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 16));
                }
                if (truncated) {
                    sink.report(Outcome.skipped(url, Reason.of("fileTooLarge",
                            "file larger than the source's limit of " + maxBytes + " bytes", maxBytes)));
                    continue;
                }
                Map<String, String> headers = Map.of("Last-Modified", attrs.lastModifiedTime().toInstant().toString());
                String guess = Files.probeContentType(file);
                if (!sink.accept(new FetchedResource(name, url, bytes, guess, headers, Instant.now(), false))) {
                    return;
                }
            } catch (IOException e) {
                sink.report(Outcome.failed(url,
                        Reason.of("unreadableFile", "cannot read file: " + e.getMessage(), e.getMessage())));
            }
        }
    }

    private String addressOf(Path file) {
        if (urlPrefix == null) {
            return file.toUri().toString();
        }
        StringBuilder sb = new StringBuilder(urlPrefix);
        if (!urlPrefix.endsWith("/")) {
            sb.append('/');
        }
        Path rel = root.relativize(file);
        for (int i = 0; i < rel.getNameCount(); i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(rel.getName(i).toString(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return sb.toString();
    }
}
