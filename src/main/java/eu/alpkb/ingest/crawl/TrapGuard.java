package eu.alpkb.ingest.crawl;

import eu.alpkb.ingest.Reason;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes addresses that a site generates without end: calendars with a "next month" link, faceted searches
 * whose filters combine freely, relative links that grow a path by one segment per page. Depth and page limits
 * already end such a crawl; these caps keep a trap from eating the page budget that real documents need.
 *
 * <p>A <em>shape</em> is an address with every run of digits replaced and the query reduced to its parameter names:
 * {@code /calendar/2014/03?view=day} and {@code /calendar/1999/12?view=week} share the shape
 * {@code /calendar/0/0?view}. Accepted addresses are counted per shape and per path; past the cap the rest of the
 * family is refused.
 */
final class TrapGuard {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final CrawlLimits limits;
    private final Map<String, Integer> perShape = new HashMap<>();
    private final Map<String, Set<String>> queriesPerPath = new HashMap<>();

    TrapGuard(CrawlLimits limits) {
        this.limits = limits;
    }

    /**
     * Checks one address and counts it when it passes.
     *
     * @param url the normalized address
     * @return null when the address may be crawled, else why it looks like a trap
     */
    Verdict check(String url) {
        if (url.length() > limits.maxUrlLength()) {
            return Verdict.skip(Reason.of("trapLongAddress",
                    "address longer than " + limits.maxUrlLength() + " characters (likely a link trap)",
                    limits.maxUrlLength()));
        }
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String[] segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        if (segments.length > limits.maxPathSegments()) {
            return Verdict.skip(Reason.of("trapDeepPath",
                    "path deeper than " + limits.maxPathSegments() + " segments (likely a link trap)",
                    limits.maxPathSegments()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String s : segments) {
            if (seen.merge(s, 1, Integer::sum) >= limits.maxSegmentRepeats()) {
                return Verdict.skip(Reason.of("trapRepeatedSegment", "path repeats the segment '" + s + "' "
                        + limits.maxSegmentRepeats() + " times (likely a relative-link loop)", s,
                        limits.maxSegmentRepeats()));
            }
        }
        String query = uri.getRawQuery();
        String pathKey = uri.getHost() + ":" + uri.getPort() + path;
        if (query != null) {
            Set<String> variants = queriesPerPath.computeIfAbsent(pathKey, k -> new HashSet<>());
            if (!variants.contains(query) && variants.size() >= limits.maxQueryVariantsPerPath()) {
                return Verdict.skip(Reason.of("trapQueryVariants", "more than "
                        + limits.maxQueryVariantsPerPath() + " query variants of " + path
                        + " (likely a calendar or search trap)", limits.maxQueryVariantsPerPath(), path));
            }
        }
        String shape = shapeOf(uri);
        int count = perShape.getOrDefault(shape, 0);
        if (count >= limits.maxUrlsPerShape()) {
            return Verdict.skip(Reason.of("trapShape", "more than " + limits.maxUrlsPerShape()
                    + " addresses shaped like " + shape + " (likely a link trap)", limits.maxUrlsPerShape(), shape));
        }
        perShape.put(shape, count + 1);
        if (query != null) {
            queriesPerPath.get(pathKey).add(query);
        }
        return null;
    }

    /** @return the address with digit runs replaced and the query cut to its parameter names */
    static String shapeOf(URI uri) {
        StringBuilder sb = new StringBuilder();
        sb.append(uri.getHost()).append(':').append(uri.getPort());
        sb.append(DIGITS.matcher(uri.getRawPath() == null ? "/" : uri.getRawPath()).replaceAll("0"));
        if (uri.getRawQuery() != null) {
            String[] names = Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2)[0]).sorted()
                    .distinct().toArray(String[]::new);
            sb.append('?').append(String.join("&", names));
        }
        return sb.toString();
    }
}
