package eu.alpkb.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * What a page says about itself in its markup (meta tags, JSON-LD, canonical link, links, breadcrumbs, bylines,
 * the element holding the article), gathered in one walk over the parsed page.
 *
 * <p>One walk replaces the twenty-odd selector queries this used to take: each query walked the whole page again, and
 * together they cost more than parsing it.
 */
final class PageMarkup implements NodeVisitor {
    /** Containers that usually hold the article, most specific first; one is used only when the page has exactly one. */
    private static final int ARTICLE = 0;
    private static final int MAIN = 1;
    private static final int ROLE_MAIN = 2;
    private static final int ID_CONTENT = 3;
    private static final int CLASS_CONTENT = 4;
    /** Class or id words of a heading that carries the site's name or logo, in the themes that set it as an h1. */
    private static final Pattern LOGO_WORDS = Pattern.compile(
            "(?i)(^|[\\s_-])(logo|site-?title|site-?name|brand|branding)($|[\\s_-])");
    /** A link to the site's home page: its root, an index file or a language's root ("/de/"). */
    private static final Pattern HOME_PATH = Pattern.compile("/?(index\\.\\w+|[a-z]{2}(-[a-z]{2})?/?)?");
    private static final Pattern BREADCRUMB_LABEL = Pattern.compile("(?i)breadcrumb");
    /** Attributes that name a meta tag. */
    private static final List<String> META_KEYS = List.of("name", "property", "itemprop", "http-equiv");
    private static final int MAX_H2 = 10;
    /** Classes that hide a heading from the eye and keep it for screen readers ("Main content", "Navigation"). */
    private static final Pattern SCREEN_READER_ONLY = Pattern.compile(
            "(?i)(^|\\s)(sr-only|visually-?hidden|screen-reader-text|aural|text-hide|element-invisible|offscreen)($|\\s)");
    private static final Set<String> NO_TEXT = Set.of("script", "style", "noscript", "template", "svg");
    /** Enough text for the headline and the lines around it on any page; the article's text is read elsewhere. */
    private static final int MAX_BODY_TEXT = 200_000;

    private final Map<String, String> metaContent = new HashMap<>();
    private final List<String> jsonLdScripts = new ArrayList<>();
    private final List<Element> anchors = new ArrayList<>();
    private final List<String> breadcrumbs = new ArrayList<>();
    private final List<String> h1s = new ArrayList<>();
    private final List<String> logoHeadings = new ArrayList<>();
    private final List<String> h2s = new ArrayList<>();
    private final List<String> mainH2s = new ArrayList<>();
    /** How many {@code main} or {@code article} elements enclose the current node. */
    private int mainDepth;
    private final List<Integer> h1Offsets = new ArrayList<>();
    private final List<Integer> h1Ends = new ArrayList<>();
    private Element openH1;
    private final StringBuilder bodyText = new StringBuilder();
    /** How many elements that hold no visible text (scripts, styles) enclose the current node. */
    private int hiddenDepth;
    private final Element[] containers = new Element[5];
    private final int[] containerCounts = new int[5];
    private Element body;
    private Element canonicalLink;
    private Element firstTimeWithDatetime;
    private Element itempropPublished;
    private Element relAuthor;
    private Element authorClass;
    private Element byline;
    private String htmlLang;
    private int maxDepth;
    private int breadcrumbDepth;
    /** How many navigation, footer or aside elements enclose the current node: their headings are not the page's. */
    private int furnitureDepth;
    private boolean inBody;

    private PageMarkup() {
    }

    static PageMarkup of(Document doc) {
        PageMarkup markup = new PageMarkup();
        markup.body = doc.body();
        doc.traverse(markup);
        return markup;
    }

    @Override
    public void head(Node node, int depth) {
        if (depth > maxDepth) {
            maxDepth = depth;
        }
        if (node instanceof TextNode t) {
            if (inBody && hiddenDepth == 0 && bodyText.length() < MAX_BODY_TEXT) {
                bodyText.append(t.text()).append('\n'); // one line per text node: a dateline stays apart from prose
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        if (NO_TEXT.contains(e.normalName()) || isHidden(e)) {
            hiddenDepth++;
        }
        if (e == body) {
            inBody = true;
        }
        switch (e.normalName()) {
            case "html" -> {
                if (htmlLang == null) {
                    htmlLang = e.attr("lang");
                }
            }
            case "meta" -> {
                for (String key : META_KEYS) {
                    String value = e.attr(key).trim();
                    if (!value.isEmpty()) {
                        metaContent.putIfAbsent(key + "=" + value.toLowerCase(Locale.ROOT), e.attr("content").strip());
                    }
                }
            }
            case "link" -> {
                // rel holds a list of words: "canonical" among them declares the page's own address
                if (canonicalLink == null && e.hasAttr("href") && java.util.Arrays.asList(e.attr("rel").trim()
                        .toLowerCase(Locale.ROOT).split("\\s+")).contains("canonical")) {
                    canonicalLink = e;
                }
            }
            case "script" -> {
                if (e.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                    jsonLdScripts.add(e.data());
                }
            }
            case "a" -> {
                if (e.hasAttr("href")) {
                    anchors.add(e);
                }
                if (breadcrumbDepth > 0) {
                    breadcrumbs.add(e.text());
                }
            }
            case "h1" -> {
                if (inBody && isLogo(e)) {
                    logoHeadings.add(e.text());
                } else if (inBody && (furnitureDepth == 0 || breadcrumbDepth > 0)) {
                    // a breadcrumb ends with the page it leads to: an h1 there is the page's title, navigation or not
                    h1s.add(withoutKicker(e, headingText(e)));
                    h1Offsets.add(bodyText.length());
                    h1Ends.add(bodyText.length() + e.text().length()); // until the walk leaves the heading
                    openH1 = e;
                }
            }
            case "h2" -> {
                if (inBody && furnitureDepth == 0 && h2s.size() < MAX_H2) {
                    h2s.add(headingText(e));
                }
                if (inBody && furnitureDepth == 0 && mainDepth > 0 && hiddenDepth == 0 && mainH2s.size() < MAX_H2
                        && !SCREEN_READER_ONLY.matcher(e.className()).find()) {
                    mainH2s.add(headingText(e));
                }
            }
            case "time" -> {
                if (firstTimeWithDatetime == null && e.hasAttr("datetime")) {
                    firstTimeWithDatetime = e;
                }
            }
            default -> {
            }
        }
        if (itempropPublished == null && e.attr("itemprop").trim().equalsIgnoreCase("datePublished")) {
            itempropPublished = e;
        }
        if (relAuthor == null && e.attr("rel").trim().equalsIgnoreCase("author")) {
            relAuthor = e;
        }
        if (e.hasAttr("class")) {
            if (authorClass == null && e.hasClass("author")) {
                authorClass = e;
            }
            if (byline == null && (e.hasClass("byline") || e.hasClass("author-name") || e.hasClass("posted-by"))) {
                byline = e;
            }
        }
        if (isBreadcrumb(e)) {
            breadcrumbDepth++;
        }
        if (isFurniture(e)) {
            furnitureDepth++;
        }
        if (isMainRegion(e)) {
            mainDepth++;
        }
        if (inBody) {
            countContainer(e);
        }
    }

    /**
     * Whether the page hides an element from every reader: a {@code hidden} attribute, {@code display:none}, or a
     * class "hidden". Such elements carry a modified date or a copy for machines, not what a reader sees next to
     * the headline.
     */
    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        // a responsive theme hides on small screens what it shows on large ones ("hidden md:block")
        return e.classNames().contains("hidden") && e.classNames().stream().noneMatch(c -> c.contains(":"));
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (NO_TEXT.contains(e.normalName()) || isHidden(e)) {
                hiddenDepth--;
            }
            if (e == openH1) {
                h1Ends.set(h1Ends.size() - 1, bodyText.length());
                openH1 = null;
            }
            if (isBreadcrumb(e)) {
                breadcrumbDepth--;
            }
            if (isFurniture(e)) {
                furnitureDepth--;
            }
            if (isMainRegion(e)) {
                mainDepth--;
            }
            if (e == body) {
                inBody = false;
            }
        }
    }

    /**
     * Whether a level-1 heading is the site's logo rather than the page's headline: many themes set the site's name as
     * an h1 that links to the home page ("Site name" over every post), or hold only the logo's image in it.
     */
    private static boolean isLogo(Element h1) {
        if (LOGO_WORDS.matcher(h1.className() + " " + h1.id()).find()) {
            return true;
        }
        String text = h1.text().strip();
        for (Element a : h1.getElementsByTag("a")) {
            if ((a.attr("rel").contains("home") || HOME_PATH.matcher(pathOf(a.absUrl("href"))).matches())
                    && a.text().strip().length() >= text.length()) {
                return true; // the whole heading is a link to the home page
            }
        }
        return text.isEmpty() && !h1.getElementsByTag("img").isEmpty();
    }

    private static String pathOf(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return "?"; // not an address (javascript:, empty): never the home page
        }
        int slash = url.indexOf('/', scheme + 3);
        return slash < 0 ? "" : url.substring(slash).replaceFirst("[?#].*$", "");
    }

    private static boolean isBreadcrumb(Element e) {
        return e.hasAttr("class") && (e.hasClass("breadcrumb") || e.hasClass("breadcrumbs"))
                || e.normalName().equals("nav") && BREADCRUMB_LABEL.matcher(e.attr("aria-label")).find();
    }

    private static boolean isFurniture(Element e) {
        String name = e.normalName();
        return name.equals("nav") || name.equals("footer") || name.equals("aside")
                || e.attr("role").trim().equalsIgnoreCase("navigation");
    }

    /** The page's main region or an article in it, where its own headings stand. */
    private static boolean isMainRegion(Element e) {
        String name = e.normalName();
        return name.equals("main") || name.equals("article") || e.attr("role").trim().equalsIgnoreCase("main");
    }

    private void countContainer(Element e) {
        String name = e.normalName();
        if (name.equals("article")) {
            count(ARTICLE, e);
        } else if (name.equals("main")) {
            count(MAIN, e);
        }
        if (e.attr("role").trim().equalsIgnoreCase("main")) {
            count(ROLE_MAIN, e);
        }
        if (e.id().equals("content")) {
            count(ID_CONTENT, e);
        }
        if (e.hasAttr("class") && e.hasClass("content")) {
            count(CLASS_CONTENT, e);
        }
    }

    private void count(int kind, Element e) {
        if (containerCounts[kind]++ == 0) {
            containers[kind] = e;
        }
    }

    /** Deepest nesting of the page's nodes. */
    int depth() {
        return maxDepth;
    }

    /**
     * @param key   attribute naming the meta tag: {@code name}, {@code property}, {@code itemprop} or {@code http-equiv}
     * @param value its value, matched without regard to case
     * @return the {@code content} of the first such meta tag, or null when there is none or it is blank
     */
    String meta(String key, String value) {
        String content = metaContent.get(key + "=" + value.toLowerCase(Locale.ROOT));
        return content == null || content.isEmpty() ? null : content;
    }

    /** The first {@code <link rel=canonical>}, or null. */
    Element canonicalLink() {
        return canonicalLink;
    }

    List<String> jsonLdScripts() {
        return jsonLdScripts;
    }

    /** Every {@code <a href>} of the page, in order. */
    List<Element> anchors() {
        return anchors;
    }

    /** Texts of the links in breadcrumb trails. */
    List<String> breadcrumbs() {
        return breadcrumbs;
    }

    /** Texts of the level-1 headings that carry the site's name or logo (see {@link #isLogo}). */
    List<String> logoHeadings() {
        return logoHeadings;
    }

    /** Texts of the level-1 headings outside navigation, footers and asides, in page order. */
    /** A part of a heading that only separates its kicker from its headline: ": ", " – ", " | ". */
    private static final Pattern SEPARATOR_ONLY = Pattern.compile("^[\\s:|–—-]*$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:|–—-]+");
    /** Class words of an inline element that sets a kicker apart before the headline's plain text. */
    private static final Pattern KICKER_CLASS = Pattern.compile(
            "(?i)kicker|overline|topline|dachzeile|roofline|eyebrow|supertitle|pre-?title|small|category|rubri");
    /** Shorter than this, what follows a heading's first element is a suffix, not the headline. */
    private static final int MIN_HEADLINE = 10;
    /** Inline elements that mark words of a title, not a kicker apart from it. */
    private static final Set<String> EMPHASIS = Set.of("a", "abbr", "b", "cite", "em", "i", "mark", "q", "ruby", "strong",
            "sub", "sup", "time", "u");

    /**
     * A level-1 heading set as two elements of its own is the headline alone: a kicker before it
     * ({@code <h1><span>Section</span><span>Headline</span></h1>}, or a kicker in a block of its own) is styled apart
     * because it is not part of the title, and so is a subtitle after it that its class names as one. A heading that
     * opens with its own text, or an inline kicker before plain text ({@code <em>Word</em> goes on}), is kept whole.
     */
    private static String withoutKicker(Element heading, String whole) {
        Element first = null;
        List<Node> rest = new ArrayList<>();
        for (Node child : heading.childNodes()) {
            String t = nodeText(child);
            if (first == null) {
                if (t.isBlank()) {
                    continue;
                }
                if (!(child instanceof Element el) || EMPHASIS.contains(el.normalName())) {
                    return whole; // "<b>Word:</b> goes on" is one title with a word set bold
                }
                first = el;
            } else if (!SEPARATOR_ONLY.matcher(t).matches()) {
                rest.add(child);
            }
        }
        if (first == null || rest.isEmpty()) {
            return whole;
        }
        boolean oneElement = rest.size() == 1 && rest.get(0) instanceof Element;
        if (oneElement && ((Element) rest.get(0)).className().toLowerCase(Locale.ROOT).contains("sub")) {
            return headingText(first); // "Headline" and its "subtitle"
        }
        StringBuilder after = new StringBuilder();
        rest.forEach(n -> after.append(nodeText(n)).append(' '));
        String headline = LEADING_SEPARATOR.matcher(after.toString().replaceAll("\\s+", " ").strip()).replaceFirst("");
        boolean kicker = first.isBlock() || oneElement || KICKER_CLASS.matcher(first.className()).find();
        return kicker && headline.length() >= MIN_HEADLINE && headingText(first).length() < headline.length()
                ? headline : whole;
    }

    private static String nodeText(Node n) {
        return n instanceof TextNode t ? t.text() : n instanceof Element e ? headingText(e) : "";
    }

    /** A heading's text without the reading aids of ruby annotations, which a title declares without. */
    private static String headingText(Element heading) {
        if (heading.getElementsByTag("rt").isEmpty()) {
            return heading.text();
        }
        Element copy = heading.clone();
        copy.select("rt, rp").remove();
        return copy.text();
    }

    List<String> h1s() {
        return h1s;
    }

    /**
     * The visible text next to a level-1 heading, where sites put the dateline and byline of an article: the
     * {@code before} characters ahead of it when {@code before > 0}, else the {@code after} characters past its end.
     *
     * @param heading index into {@link #h1s()}
     */
    String aroundHeading(int heading, int before, int after) {
        int at = h1Offsets.get(heading);
        int end = h1Ends.get(heading);
        return before > 0 ? bodyText.substring(Math.max(0, at - before), at)
                : bodyText.substring(Math.min(end, bodyText.length()), Math.min(bodyText.length(), end + after));
    }

    /** The page's visible text, one line per text node, up to a generous length. */
    String visibleText() {
        return bodyText.toString();
    }

    /** Texts of the first level-2 headings outside navigation, footers and asides. */
    List<String> h2s() {
        return h2s;
    }

    /** Texts of the first level-2 headings inside the page's {@code main} or {@code article}, visible ones only. */
    List<String> mainH2s() {
        return mainH2s;
    }

    /** The {@code datetime} of the page's first {@code <time datetime>}, or null. */
    String firstTimeDatetime() {
        return firstTimeWithDatetime == null ? null : firstTimeWithDatetime.attr("datetime");
    }

    /**
     * The date of the first element marked {@code itemprop=datePublished} (microdata on a meta, time or span
     * element): its {@code content} or {@code datetime}, else its text; null when there is none.
     */
    String itempropPublished() {
        if (itempropPublished == null) {
            return null;
        }
        for (String attr : List.of("content", "datetime")) {
            if (!itempropPublished.attr(attr).isBlank()) {
                return itempropPublished.attr(attr);
            }
        }
        return itempropPublished.text();
    }

    /** Text of the first element with {@code rel=author}, or null. */
    String relAuthor() {
        return relAuthor == null ? null : relAuthor.text();
    }

    /** Text of the first element of class {@code author}, or null. */
    String authorClass() {
        return authorClass == null ? null : authorClass.text();
    }

    /** The first visible byline element, or null. */
    Element byline() {
        return byline;
    }

    /** The {@code lang} of the root element, or null. */
    String htmlLang() {
        return htmlLang;
    }

    /**
     * The element holding the article: the page's only {@code <article>}, else its only {@code <main>}, only
     * {@code role=main}, only {@code #content} or only {@code .content}; the whole body when none is unique.
     */
    Element articleContainer() {
        for (int kind = ARTICLE; kind <= CLASS_CONTENT; kind++) {
            if (containerCounts[kind] == 1) {
                return containers[kind];
            }
        }
        return body;
    }
}
