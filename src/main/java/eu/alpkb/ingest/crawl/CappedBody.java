package eu.alpkb.ingest.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * Reads a response body as it streams in, up to a byte limit, and stops as soon as more arrives, so a huge or endless
 * body costs at most the limit. It always returns normally, with the bytes it got and how reading ended: a broken
 * connection or a stop at the limit still leaves the part that arrived, which the archive keeps.
 */
final class CappedBody {
    /** The bytes that arrived and why reading stopped; {@code error} explains a broken connection. */
    record Result(byte[] bytes, BodyEnd end, String error) {
        /** @return the same bytes, ended for another reason */
        Result endedBy(BodyEnd why, String error) {
            return new Result(bytes, why, error);
        }
    }

    private static final int CHUNK = 8192;

    private CappedBody() {
    }

    /**
     * Reads {@code in} to its end or to {@code max} bytes, whichever comes first. The caller drops the connection
     * after {@link BodyEnd#TOO_LARGE}: the rest of the body is never read.
     */
    static Result read(InputStream in, long max) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try {
            while (true) {
                int n = in.read(chunk);
                if (n < 0) {
                    return new Result(buffer.toByteArray(), BodyEnd.COMPLETE, null);
                }
                long room = max - buffer.size();
                if (n > room) {
                    buffer.write(chunk, 0, (int) room);
                    return new Result(buffer.toByteArray(), BodyEnd.TOO_LARGE, null);
                }
                buffer.write(chunk, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // The socket's own timeout, behind the fetcher's deadlines: the server stopped sending in time.
            return new Result(buffer.toByteArray(), BodyEnd.TIMED_OUT, "no data within the socket timeout");
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Result(buffer.toByteArray(), BodyEnd.DISCONNECTED, message);
        }
    }
}
