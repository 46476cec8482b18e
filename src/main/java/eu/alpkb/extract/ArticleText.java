package eu.alpkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an article's container, read in one walk that passes over navigation, footers, cookie
 * banners and share widgets instead of cloning the container and deleting them; along the way it keeps the first
 * heading and the lines that usually carry the date, boilerplate or not. Image descriptions are left out: on real
 * pages they are credits and "show picture" labels more often than article text.
 */
final class ArticleText implements NodeVisitor {
    /** Elements that never hold article text. */
    private static final Set<String> BOILERPLATE_TAGS = Set.of("head", "title", "script", "style", "template", "svg",
            "iframe", "button", "nav", "footer", "aside", "figcaption");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo");
    /**
     * Class or id words of widgets that sit inside articles but are not part of them; "tweet", "legend",
     * "affiliate", "disclosure" and "notice" mark embedded social posts, a picture's legend, a note on paid links and
     * the publisher's notes about the article.
     */
    private static final Set<String> WIDGET_WORDS = Set.of("cookie", "cookies", "consent", "breadcrumb", "breadcrumbs",
            "related", "newsletter", "pagination", "pager", "comments", "byline", "teaser", "teasers",
            "recommended", "recommendations", "promo", "subscribe", "paywall", "rating", "tags", "caption", "credit",
            "credits", "copyright", "readmore", "shariff", "comment", "disqus", "login", "author", "bio", "outbrain",
            "taboola", "sponsored", "recirculation", "signup", "legend", "tweet", "affiliate", "disclosure", "notice");
    /** Widget words that also name the article's own lead or a folded part of it ("article-teaser", "readmore"). */
    private static final Set<String> WIDGET_WORDS_IN_ARTICLE = WIDGET_WORDS.stream()
            .filter(w -> !Set.of("teaser", "teasers", "readmore").contains(w)).collect(java.util.stream.Collectors.toSet());
    /**
     * Class or id words of page layout that themes also put on the wrapper of the whole page or of the article
     * ("page-wrapper has-sidebar", "entry share"): the element is passed over only when it holds no prose.
     */
    private static final Set<String> LAYOUT_WORDS = Set.of("share", "sharing", "social", "menu", "navbar", "sidebar",
            "footer", "banner", "meta", "toolbar", "widget", "modal", "overlay", "ad", "ads", "advert",
            "advertisement", "print", "more");
    /** Paragraphs at least this long, two of them at least, are an article's prose, not a widget's. */
    private static final int PROSE_PARAGRAPH = 150;
    private static final int PROSE_PARAGRAPHS = 2;
    /** Page furniture that is taken out before Readability runs: only what is never the article, whatever the page. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer");
    private static final Set<String> FURNITURE_WORDS = Set.of("cookie", "cookies", "consent", "newsletter", "comments");
    /** Furniture words that themes also put on an article's wrapper: taken out only when it holds no prose. */
    private static final Set<String> SHARE_WORDS = Set.of("share", "sharing");
    /** Blocks that are dropped when they are mostly links. */
    private static final Set<String> LINK_LISTS = Set.of("ul", "ol", "dl", "div", "section", "table", "p");
    private static final double MAX_LINK_SHARE = 0.5;
    private static final int MAX_CREDIT_LINE = 150;
    /** What opens the credit line of a picture or the source line under it, in the languages the service reads. */
    private static final Pattern CREDIT = Pattern.compile("(?iu)[(\\[]?(fotos?|bild(er)?|photos?|image|cr[ée]dits?"
            + "( photos?)?|quelle|source|fuente|fonte|vir|titelbild|abbildung|grafik|illustration|copyright)\\s*[:©/]");
    /** Elements whose text stands apart from what precedes and follows it. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "figure", "figcaption",
            "br", "hr", "header", "footer", "address");
    /** Attribute that keeps an element's class list where Readability drops it. */
    private static final String CLASS_COPY = "data-alpkb-class";
    private static final Set<String> DATE_LINE_CLASSES = Set.of("date", "published", "byline", "meta", "posted");

    private final Element root;
    private final StringBuilder text = new StringBuilder();
    private final List<Element> dateLines = new ArrayList<>();
    private Element firstHeading;
    /** The boilerplate element being passed over, or null while reading text. */
    private Element skipping;

    private ArticleText(Element root) {
        this.root = root;
    }

    static ArticleText of(Element root) {
        ArticleText article = new ArticleText(root);
        root.traverse(article);
        return article;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            if (skipping == null) {
                appendText(t.text());
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String name = e.normalName();
        if (name.equals("h1") && firstHeading == null) {
            firstHeading = e;
        }
        if (name.equals("time") || hasWord(e.attr("class"), DATE_LINE_CLASSES, false)) {
            dateLines.add(e);
        }
        if (skipping != null) {
            return;
        }
        if (e != root && isBoilerplate(e)) { // the container itself is the article, whatever its class says
            skipping = e;
        } else if (BLOCKS.contains(name)) {
            paragraphBreak();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node == skipping) {
            skipping = null;
        } else if (skipping == null && node instanceof Element e && BLOCKS.contains(e.normalName())) {
            paragraphBreak();
        }
    }

    /**
     * Removes from the page the elements that never hold article text by their tag, role or class (navigation,
     * footers, cookie banners, share widgets), so that a later reader that drops class names still leaves them out.
     */
    static void removeFurniture(Element root) {
        List<Element> furniture = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof Element e && e != root && hasFurnitureMarkup(e)
                    && (e.parent() == null || furniture.isEmpty() || !isInside(e, furniture.get(furniture.size() - 1)))) {
                furniture.add(e);
            }
        });
        furniture.forEach(Element::remove);
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies every class list of the page into an attribute of its own: Readability drops class names from the block
     * it returns, and without them the widgets inside an article (captions, author blurbs, related lists) would be
     * read as its text.
     */
    static void keepClassNames(Element root) {
        for (Element e : root.getAllElements()) {
            if (e.hasAttr("class")) {
                e.attr(CLASS_COPY, e.attr("class"));
            }
        }
    }

    private static boolean hasFurnitureMarkup(Element e) {
        return FURNITURE_TAGS.contains(e.normalName())
                || BOILERPLATE_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))
                || hasWord(e.attr("class"), FURNITURE_WORDS, true) || hasWord(e.id(), FURNITURE_WORDS, true)
                || (hasWord(e.attr("class"), SHARE_WORDS, true) || hasWord(e.id(), SHARE_WORDS, true)) && !holdsProse(e);
    }

    private static boolean isBoilerplate(Element e) {
        if (BOILERPLATE_TAGS.contains(e.normalName()) || e.hasAttr("hidden")
                || e.attr("aria-hidden").trim().equalsIgnoreCase("true")
                || BOILERPLATE_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (hasWord(e.attr("class"), WIDGET_WORDS, true) || hasWord(e.id(), WIDGET_WORDS, true)) {
            return true;
        }
        // inside the block Readability chose, a widget word may sit on the wrapper of the article's own paragraphs
        // ("content has-paywall"), so an element that holds prose is read
        if (hasWord(e.attr(CLASS_COPY), WIDGET_WORDS_IN_ARTICLE, true) && !holdsProse(e)) {
            return true;
        }
        // a page drawn by scripts may give its article to readers without them in a noscript element
        boolean layout = e.normalName().equals("noscript") || hasWord(e.attr("class"), LAYOUT_WORDS, true) || hasWord(e.id(), LAYOUT_WORDS, true)
                || LINK_LISTS.contains(e.normalName()) && mostlyLinks(e);
        return layout && !holdsProse(e);
    }

    /**
     * Whether an element holds an article's paragraphs: a wrapper around the whole page has as many links as a menu
     * and often a layout class, and must still be read.
     */
    static boolean holdsProse(Element e) {
        int prose = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= PROSE_PARAGRAPH && !mostlyLinks(p) && ++prose >= PROSE_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether most of an element's text is link text: lists of related articles, tag clouds and menus look like that,
     * paragraphs of an article do not.
     */
    private static boolean mostlyLinks(Element e) {
        int linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            linked += a.text().length();
        }
        if (linked == 0) {
            return false;
        }
        int all = e.text().length();
        return all > 0 && linked >= MAX_LINK_SHARE * all;
    }

    /**
     * Whether a class list or id names one of {@code words}, without regard to case; split at spaces, and also at
     * underscores and hyphens when {@code alsoInsideNames} ("share-buttons" names "share").
     */
    private static boolean hasWord(String names, Set<String> words, boolean alsoInsideNames) {
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i == names.length() ? ' ' : names.charAt(i);
            boolean separator = Character.isWhitespace(c) || alsoInsideNames && (c == '_' || c == '-');
            if (separator) {
                if (start >= 0 && words.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        return false;
    }

    /** Appends a text node's words, one space between words whatever the markup had. */
    private void appendText(String words) {
        if (words.isBlank()) {
            return;
        }
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                text.append(c);
            } else if (!text.isEmpty() && !endsWithSpaceOrBreak()) {
                text.append(' ');
            }
        }
    }

    private boolean endsWithSpaceOrBreak() {
        char last = text.charAt(text.length() - 1);
        return last == ' ' || last == '\n';
    }

    /** Ends the paragraph with a blank line, so paragraphs survive for the document page and snippets. */
    private void paragraphBreak() {
        int n = text.length();
        while (n > 0 && text.charAt(n - 1) == ' ') {
            n--;
        }
        text.setLength(n);
        if (n == 0 || n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n') {
            return;
        }
        text.append(text.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }

    /** Paragraphs separated by blank lines. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (String p : text.toString().strip().split("\n\n")) {
            if (p.length() < MAX_CREDIT_LINE && (p.contains("\u00a9") || CREDIT.matcher(p).lookingAt())) {
                continue; // "© Photographer / Agency", "Foto: Agency": a picture's credit, not the article's text
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(p);
        }
        return out.toString();
    }

    /** Text of the container's first {@code <h1>}, or null. */
    String firstHeading() {
        return firstHeading == null ? null : firstHeading.text();
    }

    /** Texts of the elements that usually carry the date ({@code <time>}, {@code .date}, bylines), joined. */
    String dateLines() {
        return new Elements(dateLines).text();
    }
}
