package eu.alpkb.ingest;

import java.time.Instant;
import java.util.Map;

/**
 * The raw bytes of one document as a source delivered them, before anything is parsed.
 *
 * @param source      name of the source it came from
 * @param url         address of the document (http(s) or file URL)
 * @param bytes       the body, at most the source's byte limit
 * @param contentType the declared media type (HTTP header or file name guess), or null; the extractor sniffs
 *                    the bytes and does not trust this alone
 * @param headers     response headers worth keeping (ETag, Last-Modified...), may be empty
 * @param fetchedAt   when the bytes were read
 * @param truncated   whether the body was cut at the byte limit
 */
public record FetchedResource(String source, String url, byte[] bytes, String contentType, Map<String, String> headers,
                              Instant fetchedAt, boolean truncated) {
    public FetchedResource {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
