package eu.alpkb.ingest.crawl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells from the first bytes of a body, and the declared type as a hint only, whether it is an HTML page the
 * crawler should read links from. Servers get types wrong both ways: a PDF sent as {@code text/html}, a page sent
 * as {@code application/octet-stream}. The extractor makes the final decision on what a document is.
 */
public final class ContentSniffer {
    private static final int HEAD = 1024;
    /** First bytes of PDF, ZIP (Office, ODF, EPUB), old Office, PNG, GIF and JPEG files. */
    private static final byte[][] BINARY_MAGIC = java.util.stream.Stream.of("%PDF", "PK\u0003\u0004",
            "\u00d0\u00cf\u0011\u00e0", "\u0089PNG", "GIF8", "\u00ff\u00d8\u00ff")
            .map(m -> m.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);

    private ContentSniffer() {
    }

    /** @return whether {@code body} is an HTML page, whatever {@code declaredType} says */
    public static boolean looksLikeHtml(String declaredType, byte[] body) {
        if (isBinary(body)) {
            return false;
        }
        String head = head(body);
        if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body")) {
            return true;
        }
        String type = baseType(declaredType);
        return (type.equals("text/html") || type.equals("application/xhtml+xml")) && head.stripLeading()
                .startsWith("<");
    }

    /** @return whether the body is plain text (a cut one is still worth indexing) */
    public static boolean looksLikeText(String declaredType, byte[] body) {
        return !isBinary(body) && baseType(declaredType).startsWith("text/");
    }

    /** @return the media type without parameters, lower case; empty when none was declared */
    public static String baseType(String declaredType) {
        if (declaredType == null) {
            return "";
        }
        int semi = declaredType.indexOf(';');
        return (semi < 0 ? declaredType : declaredType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isBinary(byte[] body) {
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(body, magic)) {
                return true;
            }
        }
        int n = Math.min(body.length, HEAD);
        for (int i = 0; i < n; i++) {
            if (body[i] == 0) {
                // UTF-16 text has zero bytes too, but pages in UTF-16 are rare enough to leave to the extractor.
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] body, byte[] m) {
        if (body.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (body[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static String head(byte[] body) {
        return new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
