package eu.alpkb.ingest.crawl;

import eu.alpkb.ingest.Reason;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one HTTP request brought back: a response (possibly with a cut body), or no response at all.
 *
 * @param uri       the requested address
 * @param status    the HTTP status, or -1 when no response arrived
 * @param headers   response headers, names compared without case
 * @param body      the body bytes as sent (content encoding not undone), at most the byte limit
 * @param end       how reading the body ended
 * @param fetchedAt when the request was sent
 * @param error     without a response or with a broken body: what went wrong, in words
 * @param retryable without a response: whether trying again may help (timeouts, refused connections)
 * @param attempts  requests made for this result, retries included
 * @param archived  where the response was archived, or null when it was not
 */
public record FetchResult(URI uri, int status, Map<String, List<String>> headers, byte[] body, BodyEnd end,
                          Instant fetchedAt, Reason error, boolean retryable, int attempts, ArchiveLocation archived) {
    public FetchResult {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** @return a result for a request that got no response */
    static FetchResult noResponse(URI uri, Instant at, Reason error, boolean retryable) {
        return new FetchResult(uri, -1, Map.of(), null, BodyEnd.COMPLETE, at, error, retryable, 1, null);
    }

    /** @return a result for a request that got no response in time: worth one more try, later */
    static FetchResult noResponseInTime(URI uri, Instant at, Reason error) {
        return new FetchResult(uri, -1, Map.of(), null, BodyEnd.TIMED_OUT, at, error, true, 1, null);
    }

    /** @return whether the answer, or its body, did not arrive in time */
    public boolean timedOut() {
        return end == BodyEnd.TIMED_OUT;
    }

    /** @return whether a response arrived */
    public boolean responded() {
        return status > 0;
    }

    /** @return the first value of a header, or null */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** @return the declared Content-Type, or null */
    public String contentType() {
        return header("Content-Type");
    }

    /** @return whether the body arrived whole or was cut at the byte limit on purpose */
    public boolean bodyUsable() {
        return end == BodyEnd.COMPLETE || end == BodyEnd.TOO_LARGE;
    }

    /**
     * @return whether the failure may pass if the request is repeated: no response (timeout, refused or reset
     *         connection), a server error, "too many requests", or a body cut by the network
     */
    public boolean transientFailure() {
        if (!responded()) {
            return retryable;
        }
        if (status == 429 || status >= 500 && status != 501 && status != 505) {
            return true;
        }
        return end == BodyEnd.TIMED_OUT || end == BodyEnd.DISCONNECTED;
    }

    /** @return the server's Retry-After (seconds or an HTTP date), if it sent one that makes sense */
    public Optional<Duration> retryAfter() {
        String value = header("Retry-After");
        if (value == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(Instant.now(), when.toInstant());
                return d.isNegative() ? Optional.of(Duration.ZERO) : Optional.of(d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** @return the same result counted as {@code n} attempts */
    FetchResult withAttempts(int n) {
        return new FetchResult(uri, status, headers, body, end, fetchedAt, error, retryable, n, archived);
    }

    /** @return the same result with its archive location */
    FetchResult archivedAt(ArchiveLocation location) {
        return new FetchResult(uri, status, headers, body, end, fetchedAt, error, retryable, attempts, location);
    }

    /** @return why this result is a failure, in words, with the number of attempts when there were several */
    public String failureReason() {
        return failure().english();
    }

    /** @return why this result is a failure, with its code for the pages; {@link #failureReason()} in English */
    public Reason failure() {
        Reason what;
        if (!responded()) {
            what = error != null ? error : Reason.text("null");
        } else if (end == BodyEnd.TIMED_OUT) {
            what = Reason.of("bodyTimedOut", "HTTP " + status + " but the body did not arrive in time ("
                    + body.length + " bytes read)", status, body.length);
        } else if (end == BodyEnd.DISCONNECTED) {
            String announced = header("Content-Length");
            String cut = "body truncated: the connection closed after " + body.length + " bytes";
            String why = error != null ? " (" + error.english() + ")" : "";
            if (announced != null) {
                String english = cut + " of " + announced + " announced" + why;
                what = error != null ? Reason.of("bodyCutOfWhy", english, body.length, announced, error.english())
                        : Reason.of("bodyCutOf", english, body.length, announced);
            } else {
                what = error != null ? Reason.of("bodyCutWhy", cut + why, body.length, error.english())
                        : Reason.of("bodyCut", cut, body.length);
            }
        } else {
            // the status's phrase ("Not Found") is the protocol's own word and stays as the server would send it
            what = Reason.of("httpStatus", "HTTP " + status + HttpStatus.reasonSuffix(status), String.valueOf(status),
                    HttpStatus.reasonSuffix(status));
        }
        return attempts > 1 ? what.then(Reason.of("gaveUp", "; gave up after " + attempts + " attempts", attempts))
                : what;
    }
}
