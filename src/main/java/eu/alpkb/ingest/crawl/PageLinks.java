package eu.alpkb.ingest.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a crawler needs from an HTML page: where it links to, which address it declares as its own, and whether it
 * asks crawlers not to follow its links. Text extraction is the extractor's business, not this class's.
 *
 * @param links     absolute addresses in page order, without duplicates; any scheme, so that the crawler can
 *                  report the ones it refuses
 * @param canonical the {@code <link rel=canonical>} address, absolute, or null
 * @param nofollow  whether the page's robots meta tag says {@code nofollow} or {@code none}
 */
public record PageLinks(List<String> links, String canonical, boolean nofollow) {
    public static final PageLinks NONE = new PageLinks(List.of(), null, false);
    /** Link targets that never lead to a document and are not worth a word in the report. */
    private static final Pattern IGNORED = Pattern.compile("(?i)^(mailto|tel|javascript|data|sms|callto):.*");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"]+)");
    private static final Pattern CANONICAL_REL = Pattern.compile("(.*\\s)?canonical(\\s.*)?");

    public PageLinks {
        links = List.copyOf(links);
    }

    /**
     * Parses a page. Never throws: a page Jsoup cannot read yields no links.
     *
     * @param contentType the declared type; its charset is used when the JVM knows it, else the page's meta tag
     * @param url         the page's address, the base for relative links
     * @param maxLinks    links returned at most
     */
    public static PageLinks parse(byte[] body, String contentType, String url, int maxLinks) {
        Document doc = read(body, contentType, url);
        if (doc == null) {
            return NONE;
        }
        Set<String> links = new LinkedHashSet<>();
        for (Element e : doc.select("a[href], area[href], frame[src], iframe[src]")) {
            if (links.size() >= maxLinks) {
                break;
            }
            String attr = e.hasAttr("href") ? "href" : "src";
            add(links, e.attr(attr), e.absUrl(attr));
        }
        for (Element meta : doc.select("meta[http-equiv]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
                Matcher m = REFRESH_URL.matcher(meta.attr("content"));
                if (m.find() && links.size() < maxLinks) {
                    add(links, m.group(1), resolve(doc, m.group(1)));
                }
            }
        }
        String canonical = canonicalOf(doc);
        boolean nofollow = false;
        for (Element meta : doc.select("meta[name][content]")) {
            String name = meta.attr("name").toLowerCase(Locale.ROOT);
            String content = meta.attr("content").toLowerCase(Locale.ROOT);
            if ((name.equals("robots")) && (content.contains("nofollow") || content.contains("none"))) {
                nofollow = true;
            }
        }
        return new PageLinks(new ArrayList<>(links), canonical, nofollow);
    }

    /** @return only the page's canonical address, or null: for readers that need nothing else of the page */
    public static String canonical(byte[] body, String contentType, String url) {
        Document doc = read(body, contentType, url);
        return doc == null ? null : canonicalOf(doc);
    }

    /** @return the parsed page, or null when Jsoup cannot read it */
    private static Document read(byte[] body, String contentType, String url) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charsetOf(contentType), url);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String canonicalOf(Document doc) {
        for (Element link : doc.select("link[rel][href]")) {
            if (CANONICAL_REL.matcher(link.attr("rel").toLowerCase(Locale.ROOT)).matches()) {
                String canonical = link.absUrl("href");
                return canonical.isBlank() ? null : canonical;
            }
        }
        return null;
    }

    private static void add(Set<String> links, String raw, String absolute) {
        String r = raw.strip();
        if (r.isEmpty() || r.startsWith("#") || IGNORED.matcher(r).matches()) {
            return;
        }
        // Jsoup resolves only what java.net.URL knows; keep the raw text otherwise, so refusals can be reported.
        links.add(absolute == null || absolute.isEmpty() ? r : absolute);
    }

    private static String resolve(Document doc, String href) {
        Element a = doc.createElement("a").attr("href", href.strip());
        a.setBaseUri(doc.location());
        return a.absUrl("href");
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").replace("'", "").strip();
                try {
                    return Charset.isSupported(cs) ? cs : null;
                } catch (IllegalArgumentException e) {
                    // An illegal charset name is a server mistake; the page's own meta tag or UTF-8 will do.
                    return null;
                }
            }
        }
        return null;
    }
}
