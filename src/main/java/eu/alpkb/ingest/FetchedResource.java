package eu.alpkb.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
 * @param read        the page as the source already read it (see {@link PageReader}), or null when it was not
 */
public record FetchedResource(String source, String url, byte[] bytes, String contentType, Map<String, String> headers,
                              Instant fetchedAt, boolean truncated, PageFacts read) {
    /** Response headers passed on with a document. */
    private static final List<String> KEPT_HEADERS = List.of("ETag", "Last-Modified", "Content-Type",
            "Content-Language", "Date");

    public FetchedResource {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A resource nobody has read yet. */
    public FetchedResource(String source, String url, byte[] bytes, String contentType, Map<String, String> headers,
                           Instant fetchedAt, boolean truncated) {
        this(source, url, bytes, contentType, headers, fetchedAt, truncated, null);
    }

    /** @return this resource with the reading of it that its source made */
    public FetchedResource withRead(PageFacts facts) {
        return new FetchedResource(source, url, bytes, contentType, headers, fetchedAt, truncated, facts);
    }

    /** @return the headers worth keeping, in a fixed order, from a lookup of a header's first value (or null) */
    public static Map<String, String> keptHeaders(Function<String, String> firstValue) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String v = firstValue.apply(name);
            if (v != null) {
                kept.put(name, v);
            }
        }
        return kept;
    }
}
