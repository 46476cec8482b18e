package eu.alpkb.ingest.crawl;

import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.FetchedResource;
import eu.alpkb.ingest.PageFacts;
import eu.alpkb.ingest.PageReader;
import eu.alpkb.ingest.Outcome;
import eu.alpkb.ingest.Reason;
import eu.alpkb.ingest.ResourceSink;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl of one web source: the mutable state of a run (frontier, robots rules, politeness clock, archive) and
 * the decisions taken for each address. Single-threaded on purpose: one request at a time is the politest a
 * crawler can be, and the indexer already works in parallel on what the crawl delivers.
 *
 * <p>Every address met gets one outcome through the sink: delivered (the indexer then reports it), unchanged,
 * skipped with the rule that left it out, or failed with what went wrong.
 */
final class CrawlRun implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CrawlRun.class);
    /** Addresses left over at the page limit that are reported one by one. */
    static final int MAX_LISTED_LEFT_OVER = 1000;
    static final String TIMED_OUT_LEFT_OVER = "timed out, and the page limit was reached before it could be tried"
            + " again";

    /** What the run is given. */
    record Setup(SourceConfig config, List<String> startUrls, List<String> allowedHosts, List<Pattern> include,
                 List<Pattern> exclude, CrawlLimits limits, java.nio.file.Path archiveDir, CrawlState previous,
                 PageReader reader) {
    }

    private final SourceConfig config;
    private final CrawlLimits limits;
    private final Setup setup;
    private final ResourceSink sink;
    private final boolean incremental;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final HostGuard guard;
    private final TrapGuard traps;
    private final Frontier frontier;
    private final Politeness politeness = new Politeness();
    private final RobotsCache robots;
    private final WarcArchive archive;
    private final Fetcher fetcher;
    private final CrawlState next = CrawlState.empty();
    /** A page and the canonical address it gave way to. */
    private final Map<String, String> deferredTo = new HashMap<>();
    private final Set<String> visited = new HashSet<>();
    /**
     * Pages that timed out, to be tried once more after everything else: trying again at once would hold the host's
     * queue for another timeout or two, and a slow moment has often passed by the end of the crawl.
     */
    private final java.util.ArrayDeque<Frontier.Entry> later = new java.util.ArrayDeque<>();
    private final Set<String> triedLater = new HashSet<>();
    private final Set<String> delivered = new HashSet<>();
    private final Map<Outcome.Status, Integer> counts = new LinkedHashMap<>();
    /** Hosts outside the source whose links were reported once already. */
    private final Set<String> foreignHosts = new HashSet<>();
    private int pagesFetched;
    private int unchanged;
    private boolean stopped;

    CrawlRun(Setup setup, ResourceSink sink) {
        this(setup, sink, new HostGuard(setup.allowedHosts(), setup.config().allowPrivateAddresses()));
    }

    /** @param guard the host and network rules; a parameter so that tests can answer name lookups themselves */
    CrawlRun(Setup setup, ResourceSink sink, HostGuard guard) {
        this.setup = setup;
        this.config = setup.config();
        this.limits = setup.limits();
        this.sink = sink;
        this.incremental = sink.incremental();
        this.guard = guard;
        this.traps = new TrapGuard(limits);
        this.frontier = new Frontier((int) Math.min(Integer.MAX_VALUE, config.maxPages() * 20L + 10_000));
        this.archive = new WarcArchive(setup.archiveDir(), config.name(), limits.warcFileBytes(), config.userAgent());
        this.fetcher = new Fetcher(config.userAgent(), limits, archive, guard);
        this.robots = new RobotsCache(config.userAgent(), limits.maxCrawlDelay(),
                uri -> fetchResource(uri, CaptureRole.ROBOTS, limits.maxRobotsBytes()));
    }

    /**
     * Crawls until the frontier is empty, the page limit is reached, or the run is cancelled.
     *
     * @return whether the crawl ended normally (not cancelled, not stopped by the sink)
     */
    boolean crawl() throws InterruptedException {
        long started = System.nanoTime();
        log.info("Crawl of {} started at {}", config.name(), setup.startUrls());
        for (String start : setup.startUrls()) {
            consider(start, 0, true);
        }
        if (config.maxDepth() > 0) {
            readSitemaps();
        }
        Frontier.Entry entry;
        while ((entry = frontier.poll()) != null || (entry = later.poll()) != null) {
            if (stopped || sink.cancelled()) {
                return false;
            }
            if (pagesFetched >= config.maxPages()) {
                reportLeftOver(entry);
                break;
            }
            visit(entry);
            // What is queued beyond the page limit will never be read, so it does not count as work left.
            sink.queued((int) Math.min(frontier.pending() + later.size(),
                    Math.max(0L, config.maxPages() - (long) pagesFetched)));
        }
        if (!stopped && !sink.cancelled()) {
            keepPagesOfUnreachableSites();
        }
        log.info("Crawl of {} ended: {} requests for pages, {} delivered, {} not modified, outcomes {}, in {} s",
                config.name(), pagesFetched, delivered.size() - unchanged, unchanged, counts,
                (System.nanoTime() - started) / 1_000_000_000);
        return !stopped && !sink.cancelled();
    }

    /**
     * Reports the addresses still queued when the page limit is reached. A site far larger than the limit can leave
     * hundreds of thousands; the first ones are listed, the rest counted in one last outcome.
     */
    private void reportLeftOver(Frontier.Entry first) {
        int listed = 0;
        Frontier.Entry e = first;
        Frontier.Entry last = null;
        int unlisted = 0;
        for (; e != null; e = frontier.poll()) {
            if (triedLater.contains(e.url())) {
                report(Outcome.failed(e.url(), timedOutLeftOver()));
                continue;
            }
            if (listed < MAX_LISTED_LEFT_OVER) {
                report(Outcome.skipped(e.url(), limitReason()));
                listed++;
            } else {
                last = e;
                unlisted++;
            }
        }
        if (last != null) {
            report(Outcome.skipped(last.url(), limitReason().then(Reason.of("moreLeftOver", "; " + (unlisted - 1)
                    + " more addresses were left for the same reason and are not listed", unlisted - 1))));
        }
        for (Frontier.Entry t; (t = later.poll()) != null; ) {
            report(Outcome.failed(t.url(), timedOutLeftOver()));
        }
    }

    /** @return what the next run should remember */
    CrawlState nextState() {
        return next;
    }

    // ---- deciding about addresses ----

    /** Meets an address for the first time: queues it or reports why not. Later meetings are ignored. */
    private void consider(String raw, int depth, boolean start) throws InterruptedException {
        String trimmed = raw.strip();
        String url = normalizer.normalize(trimmed);
        if (url == null) {
            if (frontier.meet(trimmed)) {
                boolean http = trimmed.regionMatches(true, 0, "http://", 0, 7)
                        || trimmed.regionMatches(true, 0, "https://", 0, 8);
                report(Outcome.skipped(trimmed, http ? Reason.of("malformedAddress", "malformed address")
                        : Reason.of("notHttp", "not an http(s) address; never followed")));
            }
            return;
        }
        if (!frontier.meet(url)) {
            return;
        }
        Verdict v = admit(url, depth, start);
        if (v != null) {
            refuse(url, v);
            return;
        }
        frontier.push(new Frontier.Entry(url, depth));
    }

    /** Reports a refused address; addresses on hosts outside the source only once per host. */
    private void refuse(String url, Verdict v) {
        String host = URI.create(url).getHost();
        if (guard.isAllowedHost(host)) {
            report(v.outcome(url));
        } else if (foreignHosts.add(host)) {
            // Share buttons put a distinct link to the same few networks on every page; one word per host says
            // all there is to say, where one per link would bury the report.
            report(Outcome.skipped(url, v.reason().then(Reason.of("furtherLinksNotReported",
                    "; further links to it are not reported"))));
        }
    }

    /**
     * Applies the source's rules to a normalized address, cheapest first; counts it against the trap caps when it
     * passes them.
     *
     * @return null when the address may be fetched
     */
    private Verdict admit(String url, int depth, boolean start) throws InterruptedException {
        URI uri = URI.create(url);
        Verdict v = guard.scope(uri);
        if (v != null) {
            return v;
        }
        if (depth > config.maxDepth()) {
            return Verdict.skip(Reason.of("tooDeep",
                    "more than " + config.maxDepth() + " links away from the start (maxDepth)", config.maxDepth()));
        }
        for (Pattern p : setup.exclude()) {
            if (p.matcher(url).find()) {
                return Verdict.skip(Reason.of("excluded", "excluded by the source's pattern " + p.pattern(),
                        p.pattern()));
            }
        }
        if (!start && !setup.include().isEmpty() && setup.include().stream().noneMatch(p -> p.matcher(url).find())) {
            return Verdict.skip(Reason.of("notIncluded", "matches none of the source's include patterns"));
        }
        v = traps.check(url);
        if (v != null) {
            return v;
        }
        v = guard.check(uri);
        if (v != null) {
            return v;
        }
        RobotsCache.Robots rules = robots.forOrigin(origin(uri));
        if (rules.unreachable() != null) {
            return Verdict.fail(rules.unreachable());
        }
        if (!rules.allows(url)) {
            return Verdict.skip(Reason.of("robotsDisallowed", "disallowed by robots.txt"));
        }
        return null;
    }

    // ---- visiting ----

    /** Fetches one queued address, following its redirects hop by hop, each hop under the same rules. */
    private void visit(Frontier.Entry entry) throws InterruptedException {
        String current = entry.url();
        List<String> chain = new ArrayList<>(List.of(current));
        boolean conditional = incremental;
        while (true) {
            if (pagesFetched >= config.maxPages()) {
                report(Outcome.skipped(current, limitReason()));
                return;
            }
            visited.add(current);
            Optional<CrawlState.Page> previous = setup.previous().get(current);
            Map<String, String> validators = conditional && previous.isPresent() && previous.get().conditional()
                    ? validators(previous.get()) : Map.of();
            pagesFetched++;
            FetchResult r = fetchWithRetries(URI.create(current), CaptureRole.PAGE, config.maxBytes(), validators);
            if (sink.cancelled()) {
                return;
            }
            if (!r.responded()) {
                if (deferred(current, entry.depth(), r)) {
                    return;
                }
                report(Outcome.failed(current, failureOf(current, r)));
                followArchivedLinks(current, entry.depth());
                return;
            }
            int status = r.status();
            if (status == 304) {
                if (validators.isEmpty()) {
                    report(Outcome.failed(current, Reason.of("unaskedNotModified",
                            "HTTP 304 Not Modified to a request that was not conditional")));
                    return;
                }
                Optional<ArchiveReader.Stored> copy = ArchiveReader.read(setup.archiveDir(),
                        previous.get().archived());
                if (copy.isEmpty()) {
                    // Without the archived copy there are no links to follow: fetch the page whole once more.
                    conditional = false;
                    continue;
                }
                CrawlState.Page p = previous.get();
                next.put(current, new CrawlState.Page(firstNonNull(r.header("ETag"), p.etag()),
                        firstNonNull(r.header("Last-Modified"), p.lastModified()), p.archived(), p.fetchedAt()));
                ArchiveReader.Stored c = copy.get();
                handleDocument(current, entry.depth(), c.header("Content-Type"), c.header("Content-Encoding"),
                        c.body(), c.end(), c.headers(), c.date(), true);
                return;
            }
            if (HttpStatus.isRedirect(status)) {
                String target = redirectTarget(current, r, chain, entry.depth());
                if (target == null) {
                    return;
                }
                chain.add(target);
                current = target;
                conditional = incremental;
                continue;
            }
            if (status == 200 || status == 203) {
                if (!r.bodyUsable()) {
                    if (deferred(current, entry.depth(), r)) {
                        return;
                    }
                    report(Outcome.failed(current, failureOf(current, r)));
                    followArchivedLinks(current, entry.depth());
                    return;
                }
                if (r.archived() != null) {
                    next.put(current, new CrawlState.Page(r.header("ETag"), r.header("Last-Modified"), r.archived(),
                            r.fetchedAt()));
                }
                handleDocument(current, entry.depth(), r.contentType(), r.header("Content-Encoding"), r.body(),
                        r.end(), r.headers(), r.fetchedAt(), false);
                return;
            }
            if (status == 404 || status == 410) {
                report(Outcome.skipped(current, status == 404 ? Reason.of("notFound", "not found (HTTP 404)")
                        : Reason.of("gone", "gone (HTTP 410)")));
                return;
            }
            if (r.transientFailure()) {
                report(Outcome.failed(current, r.failure()));
                followArchivedLinks(current, entry.depth());
                return;
            }
            if (status >= 200 && status < 300) {
                report(Outcome.skipped(current, Reason.of("noDocument", "HTTP " + status
                        + HttpStatus.reasonSuffix(status) + ": no document", String.valueOf(status),
                        HttpStatus.reasonSuffix(status))));
                return;
            }
            report(Outcome.failed(current, r.failure()));
            return;
        }
    }

    /**
     * Decides about one redirect and reports the address that redirected.
     *
     * @return the next address to fetch, or null when the chain ends here
     */
    private String redirectTarget(String current, FetchResult r, List<String> chain, int depth)
            throws InterruptedException {
        String location = r.header("Location");
        if (location == null || location.isBlank()) {
            report(Outcome.failed(current, Reason.of("redirectWithoutLocation",
                    "HTTP " + r.status() + " redirect without a Location header", String.valueOf(r.status()))));
            return null;
        }
        String target = normalizer.resolve(current, location);
        if (target == null) {
            report(Outcome.skipped(current, Reason.of("redirectNotFollowed",
                    "redirects to " + location.strip() + ", which is not followed", location.strip())));
            return null;
        }
        if (chain.contains(target)) {
            String loop = String.join(" -> ", chain) + " -> " + target;
            report(Outcome.failed(current, Reason.of("redirectLoop", "redirect loop: " + loop, loop)));
            return null;
        }
        if (chain.size() - 1 >= limits.maxRedirects()) {
            String hops = String.join(" -> ", chain) + " -> " + target;
            report(Outcome.failed(current, Reason.of("tooManyRedirects",
                    "more than " + limits.maxRedirects() + " redirects in a row: " + hops, limits.maxRedirects(),
                    hops)));
            return null;
        }
        if (frontier.met(target)) {
            report(Outcome.skipped(current, frontier.accepted(target)
                    ? Reason.of("redirectCrawled", "redirects to " + target + ", which is crawled on its own", target)
                    : Reason.of("redirectNotCrawled", "redirects to " + target + ", which is not crawled", target)));
            return null;
        }
        frontier.meet(target);
        Verdict v = admit(target, depth, false);
        if (v != null) {
            refuse(target, v);
            report(Outcome.skipped(current,
                    Reason.of("redirectNotCrawled", "redirects to " + target + ", which is not crawled", target)));
            return null;
        }
        frontier.claim(target);
        report(Outcome.skipped(current, Reason.of("redirect", "redirects to " + target, target)));
        return target;
    }

    /** Hands a fetched (or archived, when unchanged) body on, after reading its links and canonical address. */
    private void handleDocument(String url, int depth, String contentType, String contentEncoding, byte[] raw,
                                BodyEnd end, Map<String, List<String>> headers, Instant fetchedAt, boolean notModified)
            throws InterruptedException {
        byte[] body;
        boolean cut = end == BodyEnd.TOO_LARGE;
        try {
            ContentDecoding.Decoded d = ContentDecoding.decode(contentEncoding, raw, config.maxBytes());
            body = d.bytes();
            cut |= d.truncated();
        } catch (IOException e) {
            report(Outcome.skipped(url,
                    Reason.of("undecodable", "cannot decode the body: " + e.getMessage(), e.getMessage())));
            return;
        }
        boolean html = ContentSniffer.looksLikeHtml(contentType, body);
        Map<String, String> kept = FetchedResource.keptHeaders(name -> {
            List<String> v = headers.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        });
        FetchedResource resource = new FetchedResource(config.name(), url, body, contentType, kept, fetchedAt, cut);
        // read once: the links, the canonical address and the robots directives come from the parse that the
        // extraction of this page uses too
        PageFacts page = html ? setup.reader().read(resource) : null;
        if (page != null && !page.nofollow()) {
            for (String link : page.links().stream().limit(limits.maxLinksPerPage()).toList()) {
                consider(link, depth + 1, false);
            }
        }
        if (page != null && page.canonical() != null) {
            String canonical = normalizer.normalize(page.canonical());
            if (canonical != null && !canonical.equals(url) && deferToCanonical(url, canonical, depth)) {
                report(Outcome.skipped(url, Reason.of("canonicalDuplicate",
                        "duplicate of its canonical address " + canonical, canonical)));
                return;
            }
        }
        if (cut && !html && !ContentSniffer.looksLikeText(contentType, body)) {
            String type = ContentSniffer.baseType(contentType);
            String prefix = "larger than the source's limit of " + config.maxBytes() + " bytes; a cut ";
            report(Outcome.skipped(url, type.isEmpty()
                    ? Reason.of("tooLargeCut", prefix + "file cannot be read", config.maxBytes())
                    : Reason.of("tooLargeCutType", prefix + type + " file cannot be read", config.maxBytes(), type)));
            return;
        }
        delivered.add(url);
        if (notModified) {
            unchanged++;
            sink.unchanged(url);
            return;
        }
        if (!sink.accept(page == null ? resource : resource.withRead(page))) {
            stopped = true;
        }
    }

    /**
     * Decides whether a page gives way to the address it declares canonical: yes when that address is (or will be)
     * crawled itself; no when it cannot be (another host, robots.txt, a failed fetch), so that the content is
     * still indexed once, under the address that worked.
     */
    private boolean deferToCanonical(String url, String canonical, int depth) throws InterruptedException {
        if (url.equals(deferredTo.get(canonical))) {
            // Two pages naming each other: the second one met is kept.
            return false;
        }
        if (frontier.met(canonical)) {
            if (!frontier.accepted(canonical) || visited.contains(canonical) && !delivered.contains(canonical)) {
                return false;
            }
            deferredTo.put(url, canonical);
            return true;
        }
        frontier.meet(canonical);
        Verdict v = admit(canonical, depth, false);
        if (v != null) {
            refuse(canonical, v);
            return false;
        }
        frontier.push(new Frontier.Entry(canonical, depth));
        deferredTo.put(url, canonical);
        return true;
    }

    /** Keeps the crawl going past a page that failed this time, with the links of its last archived copy. */
    private void followArchivedLinks(String url, int depth) throws InterruptedException {
        Optional<CrawlState.Page> p = setup.previous().get(url);
        if (p.isEmpty() || p.get().archived() == null) {
            return;
        }
        Optional<ArchiveReader.Stored> copy = ArchiveReader.read(setup.archiveDir(), p.get().archived());
        if (copy.isEmpty()) {
            return;
        }
        ArchiveReader.Stored c = copy.get();
        try {
            byte[] body = ContentDecoding.decode(c.header("Content-Encoding"), c.body(), config.maxBytes()).bytes();
            if (ContentSniffer.looksLikeHtml(c.header("Content-Type"), body)) {
                PageFacts page = setup.reader().read(new FetchedResource(config.name(), url, body,
                        c.header("Content-Type"), Map.of(), c.date(), false));
                if (!page.nofollow()) {
                    for (String link : page.links().stream().limit(limits.maxLinksPerPage()).toList()) {
                        consider(link, depth + 1, false);
                    }
                }
            }
        } catch (IOException e) {
            // The archived copy cannot be decoded either; the page's links are simply not followed this run.
            log.debug("Archived copy of {} unreadable: {}", url, e.toString());
        }
    }

    private void readSitemaps() throws InterruptedException {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> guessed = new LinkedHashSet<>();
        for (String start : setup.startUrls()) {
            if (!frontier.accepted(start)) {
                continue;
            }
            String origin = origin(URI.create(start));
            RobotsCache.Robots rules = robots.forOrigin(origin);
            if (rules.unreachable() == null) {
                declared.addAll(rules.sitemaps());
                guessed.add(origin + "/sitemap.xml");
            }
        }
        if (declared.isEmpty() && guessed.isEmpty()) {
            return;
        }
        SitemapReader reader = new SitemapReader(uri -> fetchResource(uri, CaptureRole.SITEMAP,
                limits.maxSitemapBytes()), limits.maxSitemaps(), limits.maxSitemapBytes());
        SitemapReader.Result result = reader.read(new ArrayList<>(declared), new ArrayList<>(guessed), u -> {
            try {
                return guard.scope(new URI(u)) == null;
            } catch (java.net.URISyntaxException e) {
                return false;
            }
        }, (int) Math.min(Integer.MAX_VALUE, config.maxPages() * 2L));
        result.problems().forEach(this::report);
        for (String u : result.urls()) {
            consider(u, 1, false);
        }
    }

    /**
     * Reports the pages known from the last run that this run could not even look at, because their site's
     * robots.txt or name could not be reached, as failures: a site that is down for a day must not lose its
     * documents, and the next run must still know them.
     */
    private void keepPagesOfUnreachableSites() {
        for (String url : setup.previous().urls()) {
            if (frontier.met(url)) {
                continue;
            }
            URI uri = URI.create(url);
            RobotsCache.Robots rules = robots.known(origin(uri));
            Reason why = rules != null ? rules.unreachable() : null;
            if (why == null && guard.scope(uri) == null) {
                Verdict v = guard.check(uri);
                why = v != null && v.failed() ? v.reason() : null;
            }
            if (why != null) {
                frontier.meet(url);
                report(Outcome.failed(url, Reason.of("notChecked", "not checked this run: ").then(why)));
            }
        }
    }

    // ---- requests ----

    /** Fetches a resource the crawler needs for itself, following redirects to addresses the guard allows. */
    private FetchResult fetchResource(URI uri, CaptureRole role, long maxBytes) throws InterruptedException {
        String normal = normalizer.normalize(uri.toString());
        if (normal != null) {
            // Sites link their sitemap from the footer; it is read already and is no document.
            frontier.meet(normal);
        }
        URI current = uri;
        Set<String> seen = new HashSet<>();
        for (int hop = 0; ; hop++) {
            Verdict v = guard.check(current);
            if (v != null) {
                return FetchResult.noResponse(current, Instant.now(), v.reason(), false);
            }
            FetchResult r = fetchWithRetries(current, role, maxBytes, Map.of());
            if (!HttpStatus.isRedirect(r.status()) || hop >= limits.maxRedirects() || r.header("Location") == null) {
                return r;
            }
            String target = normalizer.resolve(current.toString(), r.header("Location"));
            if (target == null || !seen.add(target)) {
                return r;
            }
            current = URI.create(target);
        }
    }

    /**
     * One request, repeated with growing pauses while it fails in a way that may pass, and always after the
     * host's politeness delay.
     */
    private FetchResult fetchWithRetries(URI uri, CaptureRole role, long maxBytes, Map<String, String> headers)
            throws InterruptedException {
        String origin = origin(uri);
        FetchResult r = null;
        for (int attempt = 1; ; attempt++) {
            if (!politeness.awaitTurn(origin, sink::cancelled)) {
                return r != null ? r : FetchResult.noResponse(uri, Instant.now(),
                        Reason.of("runCancelled", "run cancelled"), false);
            }
            // The fetcher's client resolves the host through the guard on every new connection, so the name is judged
            // again at the moment of the request, and the connection goes to the address judged.
            r = fetcher.get(uri, headers, maxBytes, role).withAttempts(attempt);
            politeness.done(origin, delayFor(origin));
            if (!r.transientFailure() || attempt > limits.maxRetries()) {
                return r;
            }
            if (role == CaptureRole.PAGE && r.timedOut()) {
                return r; // tried again at the end of the crawl instead (see deferred), not while its host waits
            }
            Duration wait = limits.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
            Optional<Duration> retryAfter = r.retryAfter();
            if (retryAfter.isPresent() && (r.status() == 429 || r.status() == 503)) {
                Duration asked = retryAfter.get().compareTo(limits.maxRetryAfter()) > 0 ? limits.maxRetryAfter()
                        : retryAfter.get();
                if (asked.compareTo(wait) > 0) {
                    wait = asked;
                }
            }
            log.debug("{} failed ({}); retrying in {} ms", uri, r.failureReason(), wait.toMillis());
            if (!Politeness.sleep(wait, sink::cancelled)) {
                return r;
            }
        }
    }

    /**
     * Puts a page that timed out aside for one more try at the end of the crawl, the first time only.
     *
     * @return whether it was put aside (nothing is reported for it yet)
     */
    private boolean deferred(String url, int depth, FetchResult r) {
        if (!r.timedOut() || !triedLater.add(url)) {
            return false;
        }
        log.debug("{} timed out ({}); trying it again at the end of the crawl", url, r.failureReason());
        pagesFetched--; // the page limit counts pages, and this one is not done
        later.add(new Frontier.Entry(url, depth));
        return true;
    }

    private Reason failureOf(String url, FetchResult r) {
        return triedLater.contains(url) ? r.failure().then(Reason.of("failedAgain",
                "; failed again when tried at the end of the crawl")) : r.failure();
    }

    private Duration delayFor(String origin) {
        Duration configured = Duration.ofMillis(config.delayMs());
        RobotsCache.Robots rules = robots.known(origin);
        if (rules != null && rules.crawlDelay().compareTo(configured) > 0) {
            return rules.crawlDelay();
        }
        return configured;
    }

    // ---- helpers ----

    private void report(Outcome outcome) {
        if (outcome.status() == Outcome.Status.FAILED && next.get(outcome.url()).isEmpty()) {
            // The index keeps a page that failed this time; the next run must keep knowing it too.
            setup.previous().get(outcome.url()).ifPresent(p -> next.put(outcome.url(), p));
        }
        counts.merge(outcome.status(), 1, Integer::sum);
        sink.report(outcome);
    }

    private static Reason timedOutLeftOver() {
        return Reason.of("timedOutLeftOver", TIMED_OUT_LEFT_OVER);
    }

    private Reason limitReason() {
        return Reason.of("pageLimit", "not fetched: the source's limit of " + config.maxPages()
                + " pages per run was reached", config.maxPages());
    }

    private static Map<String, String> validators(CrawlState.Page p) {
        Map<String, String> h = new LinkedHashMap<>();
        if (p.etag() != null) {
            h.put("If-None-Match", p.etag());
        }
        if (p.lastModified() != null) {
            h.put("If-Modified-Since", p.lastModified());
        }
        return h;
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    @Override
    public void close() throws IOException {
        try {
            fetcher.close();
        } finally {
            archive.close();
        }
    }
}
