package eu.alpkb.web;

import eu.alpkb.config.Config;
import eu.alpkb.config.SourceConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;

/**
 * Serves the archived copies of folder sources published under a path ({@code urlPrefix: /archive/}), so that the
 * "original" links of bundled documents work offline. Only files the source would index are served: nothing outside
 * its folder, nothing it excludes (such as a private folder), no hidden files, no links.
 */
final class ArchiveController {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "pdf", "application/pdf", "css", "text/css; charset=utf-8", "txt", "text/plain; charset=utf-8",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text", "png", "image/png", "jpg", "image/jpeg",
            "svg", "image/svg+xml");

    /** One published folder. */
    record Published(String prefix, Path root, List<PathMatcher> exclude) {
    }

    private final List<Published> published;

    ArchiveController(Config config) {
        this.published = config.service().sources().stream()
                .filter(s -> s.type() == SourceConfig.SourceType.FOLDER && s.urlPrefix() != null
                        && s.urlPrefix().startsWith("/"))
                .map(s -> new Published(s.urlPrefix().endsWith("/") ? s.urlPrefix() : s.urlPrefix() + "/",
                        config.resolve(s.path()).toAbsolutePath().normalize(),
                        s.exclude().stream().filter(g -> !g.startsWith("assets"))
                                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList()))
                .toList();
    }

    /** @return the path prefixes to route, e.g. {@code /archive/} */
    List<String> prefixes() {
        return published.stream().map(Published::prefix).distinct().toList();
    }

    void serve(Context ctx) throws IOException {
        String path = ctx.path();
        for (Published p : published) {
            if (!path.startsWith(p.prefix())) {
                continue;
            }
            String rel = path.substring(p.prefix().length());
            if (rel.isEmpty() || rel.endsWith("/")) {
                rel = rel + "index.html";
            }
            if (rel.contains("\\") || rel.contains("\0")) {
                throw WebApp.notFound(ctx);
            }
            Path file = p.root().resolve(rel).normalize();
            Path relative = file.startsWith(p.root()) ? p.root().relativize(file) : null;
            if (relative == null || hidden(relative) || p.exclude().stream().anyMatch(m -> m.matches(relative))
                    || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw WebApp.notFound(ctx);
            }
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase() : "";
            ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            ctx.header("Cache-Control", "public, max-age=3600");
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                in.transferTo(ctx.outputStream());
            }
            return;
        }
        throw WebApp.notFound(ctx);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
