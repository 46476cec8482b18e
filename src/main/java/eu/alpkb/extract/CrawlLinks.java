package eu.alpkb.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page leads a crawler: its links, image-map areas, frames and a meta refresh, in page order and without
 * duplicates. Unlike a document's links, any scheme is kept, so the crawler can report what it refuses.
 */
final class CrawlLinks {
    /** Link targets that never lead to a document and are not worth a word in the report. */
    private static final Pattern IGNORED = Pattern.compile("(?i)^(mailto|tel|javascript|data|sms|callto):.*");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"]+)");

    private CrawlLinks() {
    }

    static List<String> of(Document doc) {
        Set<String> links = new LinkedHashSet<>();
        for (Element e : doc.select("a[href], area[href], frame[src], iframe[src]")) {
            String attr = e.hasAttr("href") ? "href" : "src";
            add(links, e.attr(attr), e.absUrl(attr));
        }
        for (Element meta : doc.select("meta[http-equiv]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
                Matcher m = REFRESH_URL.matcher(meta.attr("content"));
                if (m.find()) {
                    Element a = doc.createElement("a").attr("href", m.group(1).strip());
                    a.setBaseUri(doc.location());
                    add(links, m.group(1), a.absUrl("href"));
                }
            }
        }
        return new ArrayList<>(links);
    }

    private static void add(Set<String> links, String raw, String absolute) {
        String r = raw.strip();
        if (r.isEmpty() || r.startsWith("#") || IGNORED.matcher(r).matches()) {
            return;
        }
        // Jsoup resolves only what java.net.URL knows; the raw text is kept otherwise, so refusals can be reported
        links.add(absolute == null || absolute.isEmpty() ? r : absolute);
    }
}
