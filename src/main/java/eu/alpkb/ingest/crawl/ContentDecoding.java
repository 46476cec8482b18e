package eu.alpkb.ingest.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a response's Content-Encoding. The crawler does not ask for compression, but servers send it anyway; the
 * archive keeps the bytes as sent, and whoever reads them decodes here, never past the byte limit (a small gzip
 * body can expand to gigabytes).
 */
public final class ContentDecoding {
    /**
     * @param bytes     the decoded body, at most the limit
     * @param truncated whether the decoded body was cut, at the limit or because the compressed body was cut
     */
    public record Decoded(byte[] bytes, boolean truncated) {
    }

    private ContentDecoding() {
    }

    /**
     * @param contentEncoding the Content-Encoding header, or null
     * @throws IOException when the encoding is unknown or the bytes do not decode
     */
    public static Decoded decode(String contentEncoding, byte[] body, long maxBytes) throws IOException {
        String enc = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        switch (enc) {
            case "", "identity", "none":
                return new Decoded(body, false);
            case "gzip", "x-gzip":
                return readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes);
            case "deflate":
                // "deflate" is meant to be zlib-wrapped, but some servers send a raw deflate stream.
                boolean zlib = body.length > 1 && (body[0] & 0x0f) == 8
                        && ((body[0] & 0xff) * 256 + (body[1] & 0xff)) % 31 == 0;
                return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)),
                        maxBytes);
            default:
                throw new IOException("unsupported content encoding " + enc);
        }
    }

    private static Decoded readCapped(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try (in) {
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    return new Decoded(out.toByteArray(), false);
                }
                long room = maxBytes - out.size();
                if (n > room) {
                    out.write(buf, 0, (int) room);
                    return new Decoded(out.toByteArray(), true);
                }
                out.write(buf, 0, n);
            }
        } catch (EOFException e) {
            // A compressed body cut at the byte limit ends mid-stream; keep what decoded so far.
            return new Decoded(out.toByteArray(), true);
        }
    }
}
