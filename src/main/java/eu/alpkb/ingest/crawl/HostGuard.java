package eu.alpkb.ingest.crawl;

import eu.alpkb.ingest.Reason;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Decides whether the crawler may talk to the host of an address at all: http or https only, a host on the
 * source's list, and (unless the source allows it) an address on the public internet. The last rule keeps a
 * crawl of a public site from being steered by its links or redirects into the machine's own network (admin
 * consoles, cloud metadata services).
 *
 * <p>Whether a discovered link may be followed is decided by {@link #check}; a host refused once stays refused for
 * the crawl. Every new connection the crawler opens, redirect hops and retries included, looks the host up again
 * through {@link #addressesToConnect}: the {@link Fetcher}'s HTTP client has no name lookup of its own and connects
 * only to an address returned there, after every address returned has just passed the rule. A name server that
 * answers with a public address first and an internal one later (DNS rebinding) is therefore caught at the
 * connection it would have steered, which never opens; a request on a kept-alive connection goes to the address
 * judged when that connection opened.
 *
 * <p>Not thread-safe: a crawl runs on one thread, and the HTTP client connects on the thread that sends the request.
 */
final class HostGuard {
    /** Resolves a host name; a parameter so tests can do without a name server. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * A connection the guard does not allow, with the reason. An {@link UnknownHostException} because it is thrown
     * where a name lookup is expected, and the HTTP client passes that kind on as it is.
     */
    static final class Refused extends UnknownHostException {
        private static final long serialVersionUID = 1L;
        private final transient Verdict verdict;

        Refused(Verdict verdict) {
            super(verdict.reason().english());
            this.verdict = verdict;
        }

        /** @return why, as a skip (a rule) or a failure (the name did not resolve) */
        Verdict verdict() {
            return verdict;
        }
    }

    private final Set<String> allowedHosts;
    private final Predicate<InetAddress> addressAllowed;
    private final Resolver resolver;
    private final Map<String, Verdict> verdicts = new HashMap<>();

    /**
     * @param allowedHosts host names the crawler may fetch from, compared without case
     * @param allowPrivate whether loopback, private and link-local addresses are allowed (tests, intranet sites)
     */
    HostGuard(List<String> allowedHosts, boolean allowPrivate, Resolver resolver) {
        this(allowedHosts, allowPrivate ? a -> true : HostGuard::isPublic, resolver);
    }

    /**
     * @param addressAllowed the network rule; a parameter so that a test can let one loopback address stand for a
     *                       public server while the rest of the loopback network stays forbidden
     */
    HostGuard(List<String> allowedHosts, Predicate<InetAddress> addressAllowed, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.addressAllowed = addressAllowed;
        this.resolver = resolver;
    }

    HostGuard(List<String> allowedHosts, boolean allowPrivate) {
        this(allowedHosts, allowPrivate, InetAddress::getAllByName);
    }

    /** @return whether {@code host} is one of the source's hosts */
    boolean isAllowedHost(String host) {
        return host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** @return whether the scheme and host of {@code uri} are within the source, before any name lookup */
    Verdict scope(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Verdict.skip(Reason.of("notHttp", "not an http(s) address; never followed"));
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowedHosts.contains(host)) {
            return Verdict.skip(Reason.of("hostNotAllowed",
                    "host " + host + " is not among the source's allowed hosts", host));
        }
        return null;
    }

    /** @return null when the crawler may connect to the host of {@code uri}, else why not */
    Verdict check(URI uri) {
        Verdict scope = scope(uri);
        if (scope != null) {
            return scope;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return verdicts.computeIfAbsent(host, this::resolveAndJudge);
    }

    /**
     * Looks {@code host} up again and judges every address it has now; called by the HTTP client for each new
     * connection, which then connects to one of the returned addresses and to no other.
     *
     * @param host the host name of the request, as the HTTP client has it (an IPv6 literal without brackets)
     * @return every address of the host, all of them allowed
     * @throws Refused when the host is not the source's, does not resolve, or has an address the rule forbids; a
     *                 host caught pointing inward stays refused for the rest of the crawl
     */
    InetAddress[] addressesToConnect(String host) throws Refused {
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
        String asInUri = name.indexOf(':') >= 0 && !name.startsWith("[") ? "[" + name + "]" : name;
        if (!allowedHosts.contains(asInUri)) {
            throw new Refused(Verdict.skip(Reason.of("hostNotAllowed",
                    "host " + asInUri + " is not among the source's allowed hosts", asInUri)));
        }
        InetAddress[] all;
        try {
            all = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new Refused(Verdict.fail(Reason.of("hostNotFound", "host " + asInUri + " not found (DNS)",
                    asInUri)));
        }
        Verdict v = judge(asInUri, all);
        if (v != null) {
            if (!v.failed()) {
                verdicts.put(asInUri, v);
            }
            throw new Refused(v);
        }
        return all.clone();
    }

    private Verdict resolveAndJudge(String host) {
        try {
            return judge(host, resolver.resolve(host));
        } catch (UnknownHostException e) {
            return Verdict.fail(Reason.of("hostNotFound", "host " + host + " not found (DNS)", host));
        }
    }

    private Verdict judge(String host, InetAddress[] all) {
        if (all == null || all.length == 0) {
            return Verdict.fail(Reason.of("hostNotFound", "host " + host + " not found (DNS)", host));
        }
        for (InetAddress a : all) {
            if (!addressAllowed.test(a)) {
                return Verdict.skip(Reason.of("nonPublicAddress", "host " + host
                        + " resolves to the non-public address " + a.getHostAddress()
                        + "; private, loopback and link-local networks are never crawled", host, a.getHostAddress()));
            }
        }
        return null;
    }

    /** @return whether {@code a} is an address on the public internet */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0                                   // "this network"
                    || first == 100 && (second & 0xc0) == 64      // carrier-grade NAT 100.64.0.0/10
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0  // IETF protocol assignments
                    || first == 198 && (second & 0xfe) == 18      // benchmarking 198.18.0.0/15
                    || first >= 240);                             // reserved and broadcast
        }
        if (a instanceof Inet6Address) {
            // Unique local addresses fc00::/7 are IPv6's private networks; Java does not call them site-local.
            return (b[0] & 0xfe) != 0xfc;
        }
        return false;
    }
}
