package eu.alpkb.corpus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CMS template every page shares: head, cookie banner, header with menu, sidebar and footer. The boilerplate is
 * deliberately rich (an address in Venice, "Latest news" links, share links), because the service's extractor has to
 * tell it apart from article text; an extractor that keeps it would tag every page with the Veneto region.
 */
final class Layout {
    static final String BASE = "https://www.alpclusters2020.eu/";
    static final String SITE_NAME = "AlpClusters2020";
    static final String PRIVATE_PAGE = "private/partner-budget-draft.html";
    /** Menu order as on the original site; the key is the folder of the listing. */
    static final Map<String, String> SECTIONS = sections();
    private static final int SIDEBAR_LINKS = 5;

    private final List<Entry> latest;
    private final int lastYear;

    /**
     * @param newestFirst all items, newest first; the sidebar shows the first few on every page
     */
    Layout(List<Entry> newestFirst) {
        this.latest = newestFirst.subList(0, Math.min(SIDEBAR_LINKS, newestFirst.size()));
        this.lastYear = newestFirst.isEmpty() ? 2014 : newestFirst.get(0).date().getYear();
    }

    private static Map<String, String> sections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("news", "News");
        m.put("interviews", "Interviews");
        m.put("events", "Events");
        m.put("alpcafes", "AlpCafés");
        m.put("conference-reports", "Conference reports");
        m.put("publications", "Publications");
        m.put("projects", "Projects");
        m.put("organisations", "Partners");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A link in the breadcrumb trail. */
    record Crumb(String label, String path) {
    }

    /**
     * What differs between pages.
     *
     * @param path       the page's path below the site root
     * @param lang       value of {@code <html lang>}
     * @param robots     content of the robots meta tag, or null for none
     * @param headExtra  ready-made markup appended to the head (canonical, meta dates, JSON-LD)
     * @param section    the menu entry to mark as current, or null
     * @param mainHtml   ready-made markup of the main column
     */
    record Page(String path, String title, String lang, String robots, String description, String headExtra,
                String section, List<Crumb> crumbs, String mainHtml) {
    }

    /** Relative URL from the page at {@code from} to the site path {@code to}, as the CMS wrote its links. */
    static String rel(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/", -1);
        int common = 0;
        // Only folders count as shared, never the file names themselves.
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder("../".repeat(a.length - 1 - common));
        for (int i = common; i < b.length; i++) {
            sb.append(b[i]).append(i < b.length - 1 ? "/" : "");
        }
        return sb.toString();
    }

    static String absolute(String path) {
        return BASE + path;
    }

    String render(Page page) {
        String p = page.path();
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(page.lang())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(page.title())).append(" | ").append(SITE_NAME)
                .append("</title>\n");
        if (page.description() != null && !page.description().isBlank()) {
            sb.append("<meta name=\"description\" content=\"").append(Html.escape(page.description())).append("\">\n");
        }
        if (page.robots() != null) {
            sb.append("<meta name=\"robots\" content=\"").append(Html.escape(page.robots())).append("\">\n");
        }
        sb.append(page.headExtra());
        sb.append("<link rel=\"stylesheet\" href=\"").append(rel(p, "assets/style.css")).append("\">\n")
                .append("<link rel=\"icon\" href=\"").append(rel(p, "assets/favicon.svg"))
                .append("\" type=\"image/svg+xml\">\n</head>\n");
        sb.append("<body class=\"").append(page.section() == null ? "page" : "section-" + page.section())
                .append("\">\n");
        cookieBanner(sb);
        header(sb, p, page.section());
        sb.append("<div class=\"container\">\n<main id=\"content\">\n");
        breadcrumbs(sb, p, page.crumbs());
        sb.append(page.mainHtml());
        sb.append("</main>\n");
        sidebar(sb, p);
        sb.append("</div>\n");
        footer(sb, p);
        sb.append("<script src=\"").append(rel(p, "assets/cookies.js")).append("\"></script>\n");
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void cookieBanner(StringBuilder sb) {
        sb.append("<div class=\"cookie-banner\" role=\"dialog\" aria-label=\"Cookie notice\">\n")
                .append("<p>This website uses cookies to offer you a better browsing experience and to collect"
                        + " anonymous statistics about visits. By continuing to browse the site you accept their"
                        + " use.</p>\n")
                .append("<button type=\"button\" class=\"cookie-accept\">Accept</button>\n")
                .append("<button type=\"button\" class=\"cookie-decline\">Decline</button>\n")
                .append("</div>\n");
    }

    private static void header(StringBuilder sb, String p, String current) {
        sb.append("<header class=\"site-header\">\n<div class=\"branding\">\n<a class=\"logo\" href=\"")
                .append(rel(p, "index.html")).append("\"><span class=\"logo-text\">AlpClusters<strong>2020</strong>"
                        + "</span></a>\n<p class=\"site-slogan\">Clusters working together across the Alps</p>\n"
                        + "</div>\n<nav class=\"main-menu\" aria-label=\"Main menu\">\n<ul>\n");
        menuItem(sb, p, "index.html", "Home", current == null && p.equals("index.html"));
        for (Map.Entry<String, String> s : SECTIONS.entrySet()) {
            menuItem(sb, p, s.getKey() + "/index.html", s.getValue(), s.getKey().equals(current));
        }
        sb.append("</ul>\n</nav>\n</header>\n");
    }

    private static void menuItem(StringBuilder sb, String p, String target, String label, boolean active) {
        sb.append("<li").append(active ? " class=\"active\"" : "").append("><a href=\"").append(rel(p, target))
                .append("\"").append(active ? " aria-current=\"page\"" : "").append(">").append(Html.escape(label))
                .append("</a></li>\n");
    }

    private static void breadcrumbs(StringBuilder sb, String p, List<Crumb> crumbs) {
        if (crumbs.isEmpty()) {
            return;
        }
        sb.append("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">\n<a href=\"").append(rel(p, "index.html"))
                .append("\">Home</a>");
        for (Crumb c : crumbs) {
            sb.append(" &rsaquo; ");
            if (c.path() == null) {
                sb.append("<span>").append(Html.escape(c.label())).append("</span>");
            } else {
                sb.append("<a href=\"").append(rel(p, c.path())).append("\">").append(Html.escape(c.label()))
                        .append("</a>");
            }
        }
        sb.append("\n</nav>\n");
    }

    private void sidebar(StringBuilder sb, String p) {
        sb.append("<aside class=\"sidebar\">\n<section class=\"block latest-news\">\n<h2>Latest news</h2>\n<ul>\n");
        for (Entry e : latest) {
            sb.append("<li><a href=\"").append(rel(p, e.path())).append("\">").append(Html.escape(e.title()))
                    .append("</a></li>\n");
        }
        sb.append("</ul>\n<p><a href=\"").append(rel(p, "news/index.html")).append("\">All news</a></p>\n")
                .append("</section>\n<section class=\"block newsletter\">\n<h2>Newsletter</h2>\n")
                .append("<p>Twice a year we send a short summary of the project's results to cluster managers and"
                        + " regional policy makers.</p>\n")
                .append("</section>\n</aside>\n");
    }

    private void footer(StringBuilder sb, String p) {
        sb.append("<footer class=\"site-footer\">\n")
                .append("<p class=\"funding\">AlpClusters2020 is co-financed by the European Regional Development"
                        + " Fund through the Alpine Space Programme</p>\n")
                .append("<address>Lead partner: Regione del Veneto, Palazzo Balbi, Dorsoduro 3901, 30123 Venezia,"
                        + " Italy &middot; <a href=\"mailto:info@alpclusters2020.eu\">info@alpclusters2020.eu</a>"
                        + "</address>\n")
                .append("<p class=\"footer-links\"><a href=\"").append(rel(p, PRIVATE_PAGE))
                .append("\">Partner area</a> &middot; <a href=\"").append(rel(p, "sitemap.xml"))
                .append("\">Sitemap</a></p>\n")
                .append("<p class=\"copyright\">&copy; 2013&ndash;").append(lastYear)
                .append(" AlpClusters2020 partnership</p>\n")
                .append("</footer>\n");
    }

    /** Share links as the CMS's social plugin printed them below each article. */
    static String shareButtons(String path, String title) {
        String url = URLEncoder.encode(absolute(path), StandardCharsets.UTF_8);
        String text = URLEncoder.encode(title, StandardCharsets.UTF_8);
        return "<div class=\"share-buttons\">\n<span>Share this page:</span>\n"
                + "<a class=\"share-facebook\" href=\"https://www.facebook.com/sharer/sharer.php?u=" + url
                + "\" rel=\"nofollow\">Facebook</a>\n"
                + "<a class=\"share-twitter\" href=\"https://twitter.com/intent/tweet?url=" + url + "&amp;text=" + text
                + "\" rel=\"nofollow\">Twitter</a>\n"
                + "<a class=\"share-linkedin\" href=\"https://www.linkedin.com/shareArticle?mini=true&amp;url=" + url
                + "\" rel=\"nofollow\">LinkedIn</a>\n</div>\n";
    }
}
