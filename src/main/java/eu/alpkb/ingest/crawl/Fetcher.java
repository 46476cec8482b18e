package eu.alpkb.ingest.crawl;

import eu.alpkb.ingest.Reason;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one GET request and reads at most a byte limit of the answer within a deadline; the only class of the
 * crawler that touches the network. It never follows redirects (the crawler checks every hop against its rules)
 * and never retries (the crawler decides that, with its politeness delay). Every response that arrives, whatever
 * its status, is handed to the {@link Recorder} before anything else looks at it.
 *
 * <p>The HTTP client (Apache HttpClient 5) looks names up only through the {@link HostGuard}: each new connection
 * goes to an address the guard has just resolved and judged, never to one the client or the JVM looked up on its
 * own. A refusal comes back as a result without a response, worded by the guard.
 */
final class Fetcher implements Closeable {
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
     * @param address        the address the response came from, or null
     */
    record Capture(CaptureRole role, URI uri, Map<String, String> requestHeaders, FetchResult response,
                   InetAddress address) {
    }

    /** How far one exchange got; a deadline ends it only from the stages it bounds. */
    private enum Stage { AWAITING_HEADERS, READING_BODY, DONE, NO_HEADERS_IN_TIME, NOT_WHOLE_IN_TIME }

    private final CloseableHttpClient client;
    /** Enforces the response and fetch deadlines: blocking reads cannot watch a clock themselves. */
    private final ScheduledThreadPoolExecutor deadlines;
    private final String userAgent;
    private final CrawlLimits limits;
    private final Recorder recorder;

    /**
     * @param guard resolves and judges the host of every new connection
     */
    Fetcher(String userAgent, CrawlLimits limits, Recorder recorder, HostGuard guard) {
        Timeout connect = timeout(limits.connectTimeout());
        // The deadlines below end an exchange in time; the socket timeout is only a backstop behind them.
        Timeout backstop = timeout(limits.fetchTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedResolver(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(backstop)
                                .build())
                        .setDefaultTlsConfig(TlsConfig.custom().setHandshakeTimeout(connect).build())
                        // The JVM's trust store and TLS settings, as for any other client of this JVM.
                        .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(backstop)
                        .setRedirectsEnabled(false)
                        .setAuthenticationEnabled(false)
                        .setProtocolUpgradeEnabled(false)
                        .build())
                // HTTP/1.1 only (this client's classic API), which keeps the archived request and response records
                // true to what went over the wire; and nothing added on the way: the archive keeps the body as sent
                // (ContentDecoding undoes a compression later, within the byte limit), no cookie follows the crawler
                // from page to page, and the crawler itself decides about redirects and retries. No proxy either
                // (system proxy properties are not read): a proxy would look the name up itself, out of the guard's
                // reach.
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(userAgent)
                .build();
        this.deadlines = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        this.userAgent = userAgent;
        this.limits = limits;
        this.recorder = recorder;
    }

    /**
     * Fetches {@code uri}. Never throws for a network or server fault, nor for a connection the guard refuses: those
     * come back as a result.
     *
     * @param extraHeaders conditional-request headers and the like
     * @param maxBytes     body bytes read at most; reading stops past it
     * @throws InterruptedException when the crawling thread was interrupted; noticed when the request ends, at the
     *                              latest at its fetch deadline
     */
    FetchResult get(URI uri, Map<String, String> extraHeaders, long maxBytes, CaptureRole role)
            throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("User-Agent", userAgent);
        sent.put("Accept", ACCEPT);
        sent.putAll(extraHeaders);
        Instant at = Instant.now();
        HttpGet request;
        try {
            request = new HttpGet(uri);
        } catch (IllegalArgumentException e) {
            return FetchResult.noResponse(uri, at, Reason.of("cannotRequest",
                    "cannot request this address: " + e.getMessage(), e.getMessage()), false);
        }
        sent.forEach(request::addHeader);
        HttpClientContext context = HttpClientContext.create();
        AtomicReference<Stage> stage = new AtomicReference<>(Stage.AWAITING_HEADERS);
        // The response timeout ends with the headers; the fetch deadline also bounds a body that trickles in.
        ScheduledFuture<?> headersDue = deadlines.schedule(() -> {
            if (stage.compareAndSet(Stage.AWAITING_HEADERS, Stage.NO_HEADERS_IN_TIME)) {
                request.cancel();
            }
        }, limits.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> wholeDue = deadlines.schedule(() -> {
            if (stage.compareAndSet(Stage.AWAITING_HEADERS, Stage.NO_HEADERS_IN_TIME)
                    || stage.compareAndSet(Stage.READING_BODY, Stage.NOT_WHOLE_IN_TIME)) {
                request.cancel();
            }
        }, limits.fetchTimeout().toMillis(), TimeUnit.MILLISECONDS);
        FetchResult result;
        try {
            result = exchange(request, uri, at, maxBytes, context, stage);
        } finally {
            headersDue.cancel(false);
            wholeDue.cancel(false);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (result.responded() && recorder != null) {
            try {
                result = result.archivedAt(recorder.record(new Capture(role, uri, sent, result,
                        remoteAddress(context))));
            } catch (IOException | RuntimeException e) {
                // The document can still be indexed; without an archived copy it is simply fetched whole next time.
                log.warn("Cannot archive the response of {}: {}", uri, e.toString());
            }
        }
        return result;
    }

    private FetchResult exchange(HttpGet request, URI uri, Instant at, long maxBytes, HttpClientContext context,
                                 AtomicReference<Stage> stage) {
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, request, context);
        } catch (IOException | RuntimeException e) {
            // A socket timeout is the backstop behind the deadline, which a busy machine can run late.
            boolean late = stage.get() == Stage.NO_HEADERS_IN_TIME || e instanceof SocketTimeoutException;
            return late ? noResponseInTime(uri, at) : failure(uri, at, e);
        }
        try {
            if (!stage.compareAndSet(Stage.AWAITING_HEADERS, Stage.READING_BODY)) {
                // A deadline passed just as the headers arrived; the request is cancelled already.
                return noResponseInTime(uri, at);
            }
            CappedBody.Result body = readBody(response.getEntity(), maxBytes);
            boolean whole = stage.compareAndSet(Stage.READING_BODY, Stage.DONE);
            if (body.end() != BodyEnd.COMPLETE) {
                // Drops the connection: closing the response would otherwise read the rest of the body first.
                request.cancel();
            }
            if (body.end() == BodyEnd.TIMED_OUT || !whole && body.end() == BodyEnd.DISCONNECTED) {
                body = body.endedBy(BodyEnd.TIMED_OUT, "the whole response took longer than "
                        + seconds(limits.fetchTimeout()));
            }
            return new FetchResult(uri, response.getCode(), headers(response.getHeaders()), body.bytes(), body.end(),
                    at, body.error() == null ? null : Reason.text(body.error()), false, 1, null);
        } finally {
            closeQuietly(response);
        }
    }

    private static CappedBody.Result readBody(HttpEntity entity, long maxBytes) {
        if (entity == null) {
            return new CappedBody.Result(new byte[0], BodyEnd.COMPLETE, null);
        }
        try {
            InputStream in = entity.getContent();
            return in == null ? new CappedBody.Result(new byte[0], BodyEnd.COMPLETE, null)
                    : CappedBody.read(in, maxBytes);
        } catch (IOException e) {
            return new CappedBody.Result(new byte[0], BodyEnd.DISCONNECTED, String.valueOf(e.getMessage()));
        }
    }

    private FetchResult noResponseInTime(URI uri, Instant at) {
        String within = seconds(limits.responseTimeout().compareTo(limits.fetchTimeout()) < 0
                ? limits.responseTimeout() : limits.fetchTimeout());
        return FetchResult.noResponseInTime(uri, at, Reason.of("noResponseWithin",
                "timed out: no response within " + within, within));
    }

    private FetchResult failure(URI uri, Instant at, Throwable error) {
        HostGuard.Refused refused = refusal(error);
        if (refused != null) {
            // The same result a refusal before the request gave: not worth retrying, in the guard's words.
            return FetchResult.noResponse(uri, at, refused.verdict().reason(), false);
        }
        if (error instanceof ConnectTimeoutException) {
            return FetchResult.noResponseInTime(uri, at, Reason.of("noConnectionWithin",
                    "no connection within " + seconds(limits.connectTimeout()), seconds(limits.connectTimeout())));
        }
        if (error instanceof ConnectException) {
            return FetchResult.noResponse(uri, at, Reason.of("connectionRefused", "connection refused"), true);
        }
        if (error instanceof SSLException) {
            return FetchResult.noResponse(uri, at,
                    Reason.of("tlsFailure", "TLS failure: " + error.getMessage(), error.getMessage()), false);
        }
        if (error instanceof UnknownHostException) {
            return FetchResult.noResponse(uri, at,
                    Reason.of("hostNotFound", "host " + uri.getHost() + " not found (DNS)", uri.getHost()), false);
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return FetchResult.noResponse(uri, at, Reason.of("networkError", "network error: " + message, message),
                error instanceof IOException);
    }

    /** @return the guard's refusal behind {@code error}, however the client wrapped it; null when there is none */
    private static HostGuard.Refused refusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HostGuard.Refused r) {
                return r;
            }
        }
        return null;
    }

    private static InetAddress remoteAddress(HttpClientContext context) {
        EndpointDetails endpoint = context.getEndpointDetails();
        SocketAddress remote = endpoint == null ? null : endpoint.getRemoteAddress();
        return remote instanceof InetSocketAddress s ? s.getAddress() : null;
    }

    private static Map<String, List<String>> headers(Header[] headers) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header h : headers) {
            map.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        return map;
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // The connection is being dropped anyway (a cut or abandoned body); nothing is lost.
            log.debug("Closing a response failed: {}", e.toString());
        }
    }

    private static Timeout timeout(Duration d) {
        return Timeout.ofMilliseconds(Math.max(1, d.toMillis()));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    /** Closes idle connections and stops the deadline thread. */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        deadlines.shutdownNow();
    }

    /**
     * The client's only way to turn a host name into addresses: the guard's, which refuses a host that does not
     * pass its rules and never answers with an address it has not judged.
     */
    private static final class GuardedResolver implements DnsResolver {
        private final HostGuard guard;

        GuardedResolver(HostGuard guard) {
            this.guard = guard;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return guard.addressesToConnect(host);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            // Overridden so that no address ever goes back unresolved: the socket would look the name up itself.
            List<InetSocketAddress> out = new ArrayList<>();
            for (InetAddress a : guard.addressesToConnect(host)) {
                out.add(new InetSocketAddress(a, port));
            }
            return out;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            // Only authentication schemes ask for it, and they are off; no lookup the guard has not seen.
            return host;
        }
    }
}
