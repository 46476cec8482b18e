package eu.alpkb.ingest.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one GET request and reads at most a byte limit of the answer within a deadline; the only class of the
 * crawler that touches the network. It never follows redirects (the crawler checks every hop against its rules)
 * and never retries (the crawler decides that, with its politeness delay). Every response that arrives, whatever
 * its status, is handed to the {@link Recorder} before anything else looks at it.
 */
final class Fetcher {
    private static final Logger log = LoggerFactory.getLogger(Fetcher.class);
    /** Documents first; anything else is still accepted, since many servers declare types badly. */
    static final String ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    /** Keeps what was fetched; the crawl archive. */
    interface Recorder {
        /** @return where the response was stored */
        ArchiveLocation record(Capture capture) throws IOException;
    }

    /**
     * One request and its response, as the archive stores them.
     *
     * @param requestHeaders the headers the crawler set (the client adds Host and Connection itself)
     * @param address        the address the host resolved to when it was checked, or null
     */
    record Capture(CaptureRole role, URI uri, Map<String, String> requestHeaders, FetchResult response,
                   InetAddress address) {
    }

    private final HttpClient client;
    private final String userAgent;
    private final CrawlLimits limits;
    private final Recorder recorder;

    Fetcher(String userAgent, CrawlLimits limits, Recorder recorder) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1 keeps the archived request and response records true to what went over the wire.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.userAgent = userAgent;
        this.limits = limits;
        this.recorder = recorder;
    }

    /**
     * Fetches {@code uri}. Never throws for a network or server fault: those come back as a result.
     *
     * @param extraHeaders conditional-request headers and the like
     * @param maxBytes     body bytes read at most; reading stops past it
     * @throws InterruptedException when the crawling thread is interrupted; the request is abandoned
     */
    FetchResult get(URI uri, Map<String, String> extraHeaders, long maxBytes, CaptureRole role, InetAddress address)
            throws InterruptedException {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("User-Agent", userAgent);
        sent.put("Accept", ACCEPT);
        sent.putAll(extraHeaders);
        Instant at = Instant.now();
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(limits.responseTimeout());
            sent.forEach(b::header);
            request = b.build();
        } catch (IllegalArgumentException e) {
            return FetchResult.noResponse(uri, at, "cannot request this address: " + e.getMessage(), false);
        }
        AtomicReference<CappedBody> bodyRef = new AtomicReference<>();
        AtomicReference<HttpResponse.ResponseInfo> infoRef = new AtomicReference<>();
        CompletableFuture<HttpResponse<CappedBody.Result>> future = client.sendAsync(request, info -> {
            infoRef.set(info);
            CappedBody body = new CappedBody(maxBytes);
            bodyRef.set(body);
            return body;
        });
        FetchResult result;
        try {
            // The request timeout ends with the headers; this deadline also bounds a body that trickles in.
            HttpResponse<CappedBody.Result> response = future.get(limits.fetchTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
            CappedBody.Result body = response.body();
            result = new FetchResult(uri, response.statusCode(), headers(response.headers()), body.bytes(),
                    body.end(), at, body.error(), false, 1, null);
        } catch (TimeoutException e) {
            CappedBody body = bodyRef.get();
            HttpResponse.ResponseInfo info = infoRef.get();
            future.cancel(true);
            if (body == null || info == null) {
                result = FetchResult.noResponseInTime(uri, at, "no response within "
                        + seconds(limits.fetchTimeout()));
            } else {
                CappedBody.Result partial = body.abort(BodyEnd.TIMED_OUT, null);
                result = new FetchResult(uri, info.statusCode(), headers(info.headers()), partial.bytes(),
                        BodyEnd.TIMED_OUT, at, "the whole response took longer than "
                        + seconds(limits.fetchTimeout()), false, 1, null);
            }
        } catch (ExecutionException e) {
            CappedBody body = bodyRef.get();
            HttpResponse.ResponseInfo info = infoRef.get();
            if (body != null && info != null) {
                // The headers arrived and the body broke off; the client reports that through the future or the
                // body, whichever it reaches first, and both mean the same truncated response.
                CappedBody.Result partial = body.abort(BodyEnd.DISCONNECTED, String.valueOf(e.getCause()));
                result = new FetchResult(uri, info.statusCode(), headers(info.headers()), partial.bytes(),
                        partial.end(), at, partial.error(), false, 1, null);
            } else {
                result = failure(uri, at, e.getCause());
            }
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
        if (result.responded() && recorder != null) {
            try {
                result = result.archivedAt(recorder.record(new Capture(role, uri, sent, result, address)));
            } catch (IOException | RuntimeException e) {
                // The document can still be indexed; without an archived copy it is simply fetched whole next time.
                log.warn("Cannot archive the response of {}: {}", uri, e.toString());
            }
        }
        return result;
    }

    private FetchResult failure(URI uri, Instant at, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return FetchResult.noResponseInTime(uri, at, "no connection within " + seconds(limits.connectTimeout()));
        }
        if (cause instanceof HttpTimeoutException) {
            return FetchResult.noResponseInTime(uri, at, "timed out: no response within "
                    + seconds(limits.responseTimeout()));
        }
        if (cause instanceof ConnectException) {
            return FetchResult.noResponse(uri, at, "connection refused", true);
        }
        if (cause instanceof SSLException) {
            return FetchResult.noResponse(uri, at, "TLS failure: " + cause.getMessage(), false);
        }
        String message = cause == null ? "unknown error" : cause.getMessage() == null
                ? cause.getClass().getSimpleName() : cause.getMessage();
        return FetchResult.noResponse(uri, at, "network error: " + message, cause instanceof IOException);
    }

    private static Map<String, List<String>> headers(HttpHeaders headers) {
        return headers.map();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
