package eu.alpkb.ingest.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings every address to one written form, so that a page linked as {@code HTTP://Site:80/a/../b#top},
 * {@code /b?utm_source=mail} and {@code /b;jsessionid=42} is crawled, archived and indexed once.
 *
 * <p>crawler-commons' {@link BasicURLNormalizer} does the standard part: lower-case scheme and host, no default
 * port, no fragment, no dot segments or double slashes, one percent-encoding, sorted query parameters, {@code /}
 * for an empty path. On top of it this class drops parameters that only track visitors or carry session ids.
 *
 * <p>A trailing slash is kept as the site wrote it: {@code /news} and {@code /news/} may be different resources,
 * and a server that redirects from one to the other would otherwise send the crawler round in a loop.
 */
public final class UrlNormalizer {
    /** Query parameters that name a session; a URL with them is the same page for every other visitor. */
    private static final Set<String> SESSION_PARAMETERS = Set.of("jsessionid", "phpsessid", "sid", "sessionid",
            "session_id", "aspsessionid", "cfid", "cftoken", "zenid", "oscsid");
    /** Query parameters added by newsletters, ads and social networks to measure clicks. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid",
            "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "_hsenc", "_hsmi", "mkt_tok", "ref_src");
    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "pk_", "piwik_", "matomo_");
    /** Session ids written into the path, as Java and PHP servers do: {@code /page;jsessionid=ABC}. */
    private static final Pattern PATH_SESSION = Pattern.compile(
            "(?i);(?:jsessionid|phpsessid|sid|sessionid)=[^/?#;]*");
    private static final Pattern HTTP_SCHEME = Pattern.compile("(?i)^https?://.*");

    private final BasicURLNormalizer basic = new BasicURLNormalizer();

    /**
     * @param url an absolute address
     * @return its normal form, or null when it is not a well-formed absolute http(s) address with a host
     */
    public String normalize(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        if (!HTTP_SCHEME.matcher(s).matches()) {
            return null;
        }
        int query = s.indexOf('?');
        String path = query < 0 ? s : s.substring(0, query);
        String rest = query < 0 ? "" : s.substring(query);
        s = PATH_SESSION.matcher(path).replaceAll("") + rest;
        String normal;
        try {
            normal = basic.filter(s);
        } catch (RuntimeException e) {
            // The library logs and returns null for most malformed input; anything it throws means the same.
            return null;
        }
        if (normal == null) {
            return null;
        }
        normal = withoutNoiseParameters(normal);
        try {
            URI uri = new URI(normal);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return null;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return normal;
    }

    /**
     * Resolves a link against the page it was found on and normalizes it.
     *
     * @return the normal form, or null when the link is not an http(s) address
     */
    public String resolve(String base, String href) {
        try {
            return normalize(new URI(base).resolve(href.strip()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String withoutNoiseParameters(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!isNoise(name)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? url.substring(0, q) : url.substring(0, q + 1) + String.join("&", kept);
    }

    private static boolean isNoise(String name) {
        if (SESSION_PARAMETERS.contains(name) || TRACKING_PARAMETERS.contains(name)) {
            return true;
        }
        for (String prefix : TRACKING_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
