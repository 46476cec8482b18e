package eu.alpkb.ingest.crawl;

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
import java.util.stream.Collectors;

/**
 * Decides whether the crawler may talk to the host of an address at all: http or https only, a host on the
 * source's list, and (unless the source allows it) an address on the public internet. The last rule keeps a
 * crawl of a public site from being steered by its links or redirects into the machine's own network (admin
 * consoles, cloud metadata services).
 *
 * <p>Whether a discovered link may be followed is decided once per host and crawl ({@link #check}). Before every
 * request, redirect hops and retries included, the host is resolved again and every address must still be public
 * ({@link #recheck}): a name server that answers with a public address first and an internal one later is caught
 * at the request it would have steered. The HTTP client resolves the name itself when it connects, through the same
 * name cache of the JVM, so it connects to the address just checked unless that cache entry expires in between;
 * pinning the address for good would need a client that connects to an address of our choosing.
 */
final class HostGuard {
    /** Resolves a host name; a parameter so tests can do without a name server. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final boolean allowPrivate;
    private final Resolver resolver;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final Map<String, InetAddress> addresses = new HashMap<>();

    /**
     * @param allowedHosts host names the crawler may fetch from, compared without case
     * @param allowPrivate whether loopback, private and link-local addresses are allowed (tests, intranet sites)
     */
    HostGuard(List<String> allowedHosts, boolean allowPrivate, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.allowPrivate = allowPrivate;
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
            return Verdict.skip("not an http(s) address; never followed");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowedHosts.contains(host)) {
            return Verdict.skip("host " + host + " is not among the source's allowed hosts");
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

    /** @return the address the host resolved to when it was checked, for the archive; null when unknown */
    InetAddress addressOf(String host) {
        return host == null ? null : addresses.get(host.toLowerCase(Locale.ROOT));
    }

    /**
     * Resolves the host of {@code uri} again and judges every address it has now; for the moment just before a
     * request.
     *
     * @return null when the request may go out, else why not
     */
    Verdict recheck(URI uri) {
        Verdict scope = scope(uri);
        if (scope != null) {
            return scope;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        Verdict now = resolveAndJudge(host);
        if (now != null && !now.failed()) {
            verdicts.put(host, now); // a host caught pointing inward stays refused for the rest of the crawl
        }
        return now;
    }

    private Verdict resolveAndJudge(String host) {
        InetAddress[] all;
        try {
            all = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Verdict.fail("host " + host + " not found (DNS)");
        }
        if (all.length == 0) {
            return Verdict.fail("host " + host + " not found (DNS)");
        }
        addresses.put(host, all[0]);
        if (allowPrivate) {
            return null;
        }
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                return Verdict.skip("host " + host + " resolves to the non-public address " + a.getHostAddress()
                        + "; private, loopback and link-local networks are never crawled");
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
