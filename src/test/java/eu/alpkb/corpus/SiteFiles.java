package eu.alpkb.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of the site, collected in memory by path and written in one go, so that a failing build leaves the old
 * site in place and a successful one leaves no stale file behind.
 */
final class SiteFiles {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    void put(String path, String text) {
        put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    void put(String path, byte[] bytes) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a plain site path: " + path);
        }
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("two sources write " + path);
        }
    }

    boolean contains(String path) {
        return files.containsKey(path);
    }

    long size(String path) {
        return files.get(path).length;
    }

    SortedMap<String, byte[]> all() {
        return Collections.unmodifiableSortedMap(files);
    }

    /** Replaces everything under {@code site} with these files. */
    void writeTo(Path site) throws IOException {
        if (Files.exists(site)) {
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (var e : files.entrySet()) {
            Path target = site.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
    }
}
