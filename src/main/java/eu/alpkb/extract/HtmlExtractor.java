package eu.alpkb.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Turns an HTML page into an {@link ExtractedDocument}: title, main text without navigation, footers, cookie banners
 * and share widgets, summary, author, publication date, language, links and image descriptions.
 */
public final class HtmlExtractor {
    /** Elements that never hold article text. */
    private static final String BOILERPLATE = "script, style, noscript, template, svg, iframe, form, button, nav, header,"
            + " footer, aside, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
    /** Class or id words of widgets that sit inside articles but are not part of them. */
    private static final Set<String> WIDGET_WORDS = Set.of("cookie", "cookies", "consent", "share", "sharing",
            "social", "breadcrumb", "breadcrumbs", "menu", "navbar", "sidebar", "footer", "related", "newsletter",
            "skip", "pagination", "pager", "comments", "banner", "byline", "meta", "toolbar");
    private static final java.util.regex.Pattern NAME_SPLIT = java.util.regex.Pattern.compile("[\\s_-]+");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "figure", "figcaption",
            "br", "hr", "header", "footer", "address");
    private static final int MAX_NESTING = 512;

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param bytes body of the page; its charset is taken from a BOM or meta tag, else UTF-8
     * @throws ExtractionException when the page holds no text at all
     */
    public ExtractedDocument extract(String url, byte[] bytes, String charsetHint) throws ExtractionException {
        Document doc;
        try {
            Parser parser = Parser.htmlParser();
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), charsetHint, url, parser);
        } catch (IOException | IllegalArgumentException e) {
            throw ExtractionException.failed("unreadable HTML: " + e.getMessage(), e);
        }
        if (depth(doc) > MAX_NESTING) {
            throw ExtractionException.failed("HTML nested deeper than " + MAX_NESTING + " levels", null);
        }
        String robots = attr(doc, "meta[name=robots]", "content");
        if (robots != null && robots.toLowerCase(Locale.ROOT).contains("noindex")) {
            throw ExtractionException.skipped("the page asks not to be indexed (meta robots noindex)");
        }
        List<JsonNode> jsonLd = jsonLd(doc);
        String canonical = attr(doc, "link[rel=canonical]", "abs:href");
        List<String> links = links(doc);
        List<String> hints = hints(doc, jsonLd);
        String declaredLang = language(doc);
        String author = firstNonBlank(author(doc, jsonLd), byline(doc));
        LocalDate metaDate = markupDate(doc, jsonLd);
        String metaTitle = firstNonBlank(attr(doc, "meta[property=og:title]", "content"),
                jsonLdText(jsonLd, "headline"));
        String description = firstNonBlank(attr(doc, "meta[name=description]", "content"),
                attr(doc, "meta[property=og:description]", "content"));

        Element main = mainElement(doc);
        List<String> alts = new ArrayList<>();
        for (Element img : select(main, "img[alt]")) {
            String alt = img.attr("alt").strip();
            if (alt.length() > 3) {
                alts.add(alt);
            }
        }
        String h1 = first(main, "h1") != null ? first(main, "h1").text() : null;
        String visibleDateLine = select(main, "time, .date, .published, .byline, .meta, .posted").text();
        stripBoilerplate(main);
        String text = blockText(main);
        if (!alts.isEmpty()) {
            text = text + "\n\n" + String.join("\n", alts);
        }
        String title = firstNonBlank(metaTitle, h1, cleanTitle(doc.title()), lastSegment(url));
        if (text.isBlank()) {
            throw ExtractionException.skipped("page has no text content");
        }
        LocalDate date = metaDate;
        if (date == null) {
            date = DateFinder.first(visibleDateLine).orElse(null);
        }
        if (date == null) {
            String head = text.length() > 400 ? text.substring(0, 400) : text;
            date = DateFinder.first(head).orElse(null);
        }
        String summary = firstNonBlank(description, firstParagraph(text, title));
        return new ExtractedDocument(url, canonical == null || canonical.isBlank() ? null : canonical, title, text,
                summary, author, date, declaredLang, "text/html", 0, links, hints);
    }

    private static int depth(Document doc) {
        int[] max = {0};
        doc.traverse((node, depth) -> max[0] = Math.max(max[0], depth));
        return max[0];
    }

    private Element mainElement(Document doc) {
        Element body = doc.body();
        for (String selector : List.of("article", "main", "[role=main]", "#content", ".content")) {
            Elements found = select(body, selector);
            if (found.size() == 1) {
                return found.first().clone();
            }
        }
        return body.clone();
    }

    private static void stripBoilerplate(Element root) {
        select(root, BOILERPLATE).remove();
        for (Element el : select(root, "[class], [id]")) {
            String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
            for (String word : NAME_SPLIT.split(names)) {
                if (WIDGET_WORDS.contains(word)) {
                    el.remove();
                    break;
                }
            }
        }
    }

    /** Text with a blank line between blocks, so paragraphs survive for the document page and snippets. */
    private static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        sb.append(s);
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphBreak(sb);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphBreak(sb);
                }
            }
        });
        return sb.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void paragraphBreak(StringBuilder sb) {
        int n = sb.length();
        if (n > 0 && !(n >= 2 && sb.charAt(n - 1) == '\n' && sb.charAt(n - 2) == '\n')) {
            sb.append(sb.charAt(sb.length() - 1) == '\n' ? "\n" : "\n\n");
        }
    }

    private static String firstParagraph(String text, String title) {
        for (String para : text.split("\n\n")) {
            String p = para.strip();
            if (p.length() >= 60 && !p.equals(title)) {
                return p.length() > 300 ? p.substring(0, p.lastIndexOf(' ', 300)) + " …" : p;
            }
        }
        return "";
    }

    private List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : select(doc, "script[type=application/ld+json]")) {
            try {
                JsonNode node = json.readTree(script.data());
                if (node == null) {
                    continue;
                }
                if (node.isArray()) {
                    node.forEach(nodes::add);
                } else if (node.has("@graph")) {
                    node.get("@graph").forEach(nodes::add);
                } else {
                    nodes.add(node);
                }
            } catch (IOException e) {
                // Broken JSON-LD is common on real sites; the page's other markup still counts.
            }
        }
        return nodes;
    }

    private static String jsonLdText(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
            if (v != null && v.isObject() && v.has("name")) {
                return v.get("name").asText();
            }
            if (v != null && v.isArray() && v.size() > 0) {
                JsonNode first = v.get(0);
                return first.isObject() && first.has("name") ? first.get("name").asText() : first.asText();
            }
        }
        return null;
    }

    private static LocalDate markupDate(Document doc, List<JsonNode> jsonLd) {
        List<String> candidates = new ArrayList<>();
        candidates.add(jsonLdText(jsonLd, "datePublished"));
        candidates.add(jsonLdText(jsonLd, "dateCreated"));
        for (String sel : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date]", "meta[name=dcterms.date]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publication_date]")) {
            candidates.add(attr(doc, sel, "content"));
        }
        Element time = first(doc, "article time[datetime], main time[datetime], time[pubdate][datetime], "
                + "time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String c : candidates) {
            Optional<LocalDate> d = DateFinder.parseIso(c);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    private static String author(Document doc, List<JsonNode> jsonLd) {
        return firstNonBlank(jsonLdText(jsonLd, "author"), attr(doc, "meta[name=author]", "content"),
                attr(doc, "meta[property=article:author]", "content"), text(doc, "[rel=author]"),
                text(doc, ".author"));
    }

    private static final java.util.regex.Pattern BYLINE_PREFIX = java.util.regex.Pattern.compile(
            "^(by|von|di|da|par|door|written by|autore|auteur|autor)\\s*:?\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "By Regione Piemonte", "Von AlpClusters2020 team": the visible byline without its lead word. */
    private static String byline(Document doc) {
        Element el = doc.selectFirst(".byline, .author-name, .posted-by");
        if (el == null) {
            return null;
        }
        String text = BYLINE_PREFIX.matcher(el.text().strip()).replaceFirst("");
        return text.isBlank() || text.length() > 120 || DateFinder.first(text).isPresent() ? null : text;
    }

    private static String language(Document doc) {
        String lang = firstNonBlank(first(doc, "html") == null ? null : first(doc, "html").attr("lang"),
                attr(doc, "meta[http-equiv=content-language]", "content"));
        if (lang == null) {
            return null;
        }
        String primary = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    private static List<String> hints(Document doc, List<JsonNode> jsonLd) {
        Set<String> hints = new LinkedHashSet<>();
        String ogType = attr(doc, "meta[property=og:type]", "content");
        if (ogType != null) {
            hints.add(ogType);
        }
        for (JsonNode n : jsonLd) {
            if (n.has("@type")) {
                hints.add(n.get("@type").asText());
            }
        }
        for (Element crumb : select(doc, ".breadcrumb a, .breadcrumbs a, nav[aria-label~=(?i)breadcrumb] a")) {
            hints.add(crumb.text());
        }
        String section = attr(doc, "meta[property=article:section]", "content");
        if (section != null) {
            hints.add(section);
        }
        hints.removeIf(String::isBlank);
        return new ArrayList<>(hints);
    }

    /**
     * Resolves every link against the page's base address, parsed once: jsoup's {@code abs:href} parses the base again
     * and runs two regular expressions per link, which made link collection the costliest step of extraction.
     */
    private static List<String> links(Document doc) {
        Set<String> out = new LinkedHashSet<>();
        String baseText = null;
        URL base = null;
        for (Element a : select(doc, "a[href]")) {
            String href = withoutControlChars(a.attr("href")).strip();
            if (!startsWithIgnoreCase(href, "http://") && !startsWithIgnoreCase(href, "https://")) {
                if (!a.baseUri().equals(baseText)) { // a <base href> can change it, so compare rather than assume
                    baseText = a.baseUri();
                    base = parseUrl(baseText);
                }
                href = resolve(base, href);
            }
            if (startsWithIgnoreCase(href, "http://") || startsWithIgnoreCase(href, "https://")) {
                out.add(href);
            }
        }
        return new ArrayList<>(out);
    }

    private static URL parseUrl(String url) {
        try {
            return url == null || url.isEmpty() ? null : new URL(url);
        } catch (MalformedURLException e) {
            return null; // a page read from a file name without scheme: relative links stay unresolved
        }
    }

    /** @return {@code href} resolved against {@code base} as a browser would, or "" when it cannot be */
    private static String resolve(URL base, String href) {
        if (base == null || href.isEmpty()) {
            return "";
        }
        try {
            String rel = href.startsWith("?") ? base.getPath() + href : href;
            String abs = new URL(base, rel).toExternalForm();
            // "/../x" above the root means "/x", as in browsers
            return abs.contains("/../") ? abs.replaceFirst("^(https?://[^/]*)(/\\.\\.)+(?=/)", "$1") : abs;
        } catch (MalformedURLException | IllegalArgumentException e) {
            return ""; // not a usable address (javascript:, broken escapes): not a link to follow
        }
    }

    private static String withoutControlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return s.replaceAll("[\\x00-\\x1f]", "");
            }
        }
        return s;
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static String cleanTitle(String title) {
        if (title == null) {
            return null;
        }
        // "Item title | Site name" and "Item title – Site name": the site name is not the document's title.
        String[] parts = title.split("\\s+[|–—]\\s+|\\s+-\\s+");
        return parts.length > 1 ? parts[0].strip() : title.strip();
    }

    private static String lastSegment(String url) {
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Parsed selectors, shared by every thread (jsoup's evaluators are thread-safe); parsing them per call cost more
     * than matching them. */
    private static final Map<String, Evaluator> SELECTORS = new ConcurrentHashMap<>();

    private static Evaluator evaluator(String css) {
        return SELECTORS.computeIfAbsent(css, QueryParser::parse);
    }

    private static Elements select(Element root, String css) {
        return root.select(evaluator(css));
    }

    private static Element first(Element root, String css) {
        return root.selectFirst(evaluator(css));
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element el = first(doc, selector);
        if (el == null) {
            return null;
        }
        String v = el.attr(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Document doc, String selector) {
        Element el = first(doc, selector);
        return el == null ? null : el.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
