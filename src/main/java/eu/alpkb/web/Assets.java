package eu.alpkb.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages' style sheet, scripts and icon, served from the jar ({@code src/main/resources/assets}). Only the files
 * named here are served. Pages link to them with a content hash in the address, so browsers may keep a file for a
 * long time and still see a new version at once.
 */
final class Assets {
    private static final Map<String, String> TYPES = Map.of(
            "site.css", "text/css; charset=utf-8",
            "search.js", "text/javascript; charset=utf-8",
            "admin.js", "text/javascript; charset=utf-8",
            "icon.svg", "image/svg+xml");

    /** One file, read once at start. */
    private record Asset(byte[] bytes, String type, String hash) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    Assets() {
        TYPES.forEach((name, type) -> {
            try (InputStream in = Assets.class.getResourceAsStream("/assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("asset /assets/" + name + " is missing from the build");
                }
                byte[] bytes = in.readAllBytes();
                assets.put(name, new Asset(bytes, type, hash(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** @return the versioned address of {@code name} */
    String url(String name) {
        Asset a = assets.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no asset named " + name);
        }
        return "/assets/" + name + "?v=" + a.hash();
    }

    void serve(Context ctx) {
        Asset a = assets.get(ctx.pathParam("name"));
        if (a == null) {
            throw new Refused(404, "notFound", "no such asset");
        }
        String etag = "\"" + a.hash() + "\"";
        ctx.header("ETag", etag);
        // The address carries the hash: a versioned request may be cached for good, a bare one must be revalidated.
        ctx.header("Cache-Control", a.hash().equals(ctx.queryParam("v")) ? "public, max-age=31536000, immutable"
                : "no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(a.type()).result(a.bytes());
    }
}
