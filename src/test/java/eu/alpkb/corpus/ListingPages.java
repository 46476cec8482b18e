package eu.alpkb.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Navigation pages: the home page, the paginated news listing and one listing per section. They carry
 * {@code noindex, follow}: a crawler must walk through them but index only the pages they lead to.
 */
final class ListingPages {
    static final int PAGE_SIZE = 10;
    static final String NOINDEX = "noindex, follow";
    /** The newsletter linked to one article with a campaign parameter; crawlers must see it is the same page. */
    static final String TRACKING_QUERY = "?utm_source=newsletter";

    private final Layout layout;

    ListingPages(Layout layout) {
        this.layout = layout;
    }

    /**
     * @param newestFirst all items, newest first
     * @return the home page
     */
    String home(List<Entry> newestFirst, Map<String, Integer> sectionCounts, Entry newsletterPick) {
        String path = "index.html";
        StringBuilder m = new StringBuilder(8192);
        m.append("<section class=\"intro\">\n<h1>AlpClusters2020</h1>\n")
                .append("<p>AlpClusters2020 brought together regional governments, innovation agencies and cluster"
                        + " organisations from Italy, Austria, Germany, France and Switzerland to make cluster"
                        + " cooperation a lasting part of regional policy in the Alpine Space. The project ran from"
                        + " August 2013 to November 2014 under the Alpine Space Programme 2007-2013, led by the"
                        + " Veneto Region.</p>\n")
                .append("<p>On this site you find the project's news, the video interviews with cluster managers and"
                        + " policy makers, the reports of the AlpCafés held in the partner regions, and the documents"
                        + " produced along the way.</p>\n</section>\n");
        m.append("<section class=\"latest\">\n<h2>Latest news</h2>\n");
        for (Entry e : newestFirst.subList(0, Math.min(PAGE_SIZE, newestFirst.size()))) {
            teaser(m, path, e);
        }
        m.append("<p class=\"more-link\"><a href=\"news/index.html\">More news</a></p>\n</section>\n");
        if (newsletterPick != null) {
            m.append("<section class=\"newsletter-highlight\">\n<h2>From our latest newsletter</h2>\n<p><a href=\"")
                    .append(Layout.rel(path, newsletterPick.path())).append(TRACKING_QUERY).append("\">")
                    .append(Html.escape(Inline.plain(newsletterPick.title()))).append("</a></p>\n</section>\n");
        }
        m.append("<section class=\"sections\">\n<h2>Explore the archive</h2>\n<ul>\n");
        for (Map.Entry<String, String> s : Layout.SECTIONS.entrySet()) {
            int n = sectionCounts.getOrDefault(s.getKey(), 0);
            m.append("<li><a href=\"").append(s.getKey()).append("/index.html\">").append(Html.escape(s.getValue()))
                    .append("</a> <span class=\"count\">(").append(n).append(")</span></li>\n");
        }
        m.append("</ul>\n</section>\n");
        return layout.render(new Layout.Page(path, "Home", "en", NOINDEX,
                "News, interviews and reports of the AlpClusters2020 project on cluster cooperation in the Alpine"
                        + " Space.", "", null, List.of(), m.toString()));
    }

    /**
     * A listing split into pages of ten: {@code folder/index.html}, {@code folder/page-2.html}, ...
     *
     * @param extra markup added below the list on every page, given the page's path (the publications listing shows
     *              its documents); null for none
     * @return page path to HTML, sorted by path
     */
    SortedMap<String, String> paginated(String folder, String heading, String intro, List<Entry> entries,
                                        Function<String, String> extra) {
        SortedMap<String, String> out = new TreeMap<>();
        int pages = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int n = 1; n <= pages; n++) {
            String path = pageName(folder, n);
            StringBuilder head = new StringBuilder();
            StringBuilder m = new StringBuilder(8192);
            m.append("<h1>").append(Html.escape(heading)).append(n > 1 ? " &ndash; page " + n : "").append("</h1>\n");
            if (n == 1 && intro != null) {
                m.append("<p class=\"section-intro\">").append(Html.escape(intro)).append("</p>\n");
            }
            if (entries.isEmpty()) {
                m.append("<p>No entries yet.</p>\n");
            }
            for (Entry e : entries.subList((n - 1) * PAGE_SIZE, Math.min(n * PAGE_SIZE, entries.size()))) {
                teaser(m, path, e);
            }
            if (pages > 1) {
                m.append("<nav class=\"pager\" aria-label=\"Pages\">\n");
                if (n > 1) {
                    String prev = Layout.rel(path, pageName(folder, n - 1));
                    head.append("<link rel=\"prev\" href=\"").append(prev).append("\">\n");
                    m.append("<a rel=\"prev\" href=\"").append(prev).append("\">&laquo; Newer</a>\n");
                }
                m.append("<span class=\"pager-current\">Page ").append(n).append(" of ").append(pages)
                        .append("</span>\n");
                if (n < pages) {
                    String next = Layout.rel(path, pageName(folder, n + 1));
                    head.append("<link rel=\"next\" href=\"").append(next).append("\">\n");
                    m.append("<a rel=\"next\" href=\"").append(next).append("\">Older &raquo;</a>\n");
                }
                m.append("</nav>\n");
            }
            if (extra != null) {
                m.append(extra.apply(path));
            }
            List<Layout.Crumb> crumbs = new ArrayList<>();
            crumbs.add(new Layout.Crumb(heading, n == 1 ? null : pageName(folder, 1)));
            if (n > 1) {
                crumbs.add(new Layout.Crumb("Page " + n, null));
            }
            out.put(path, layout.render(new Layout.Page(path, n == 1 ? heading : heading + " - page " + n, "en",
                    NOINDEX, intro, head.toString(), folder, crumbs, m.toString())));
        }
        return out;
    }

    static String pageName(String folder, int n) {
        return folder + "/" + (n == 1 ? "index.html" : "page-" + n + ".html");
    }

    /** Title link, date and summary, as the CMS's teaser view showed an item. */
    private static void teaser(StringBuilder m, String from, Entry e) {
        String href = Layout.rel(from, e.path());
        m.append("<article class=\"teaser\">\n<h2><a href=\"").append(href).append("\">")
                .append(Inline.html(e.title())).append("</a></h2>\n");
        if (e.date() != null) {
            m.append("<p class=\"teaser-date\">").append(Html.escape(Dates.longDate(e.date(), "en"))).append(" &middot; ")
                    .append(Html.escape(Layout.SECTIONS.get(e.section()))).append("</p>\n");
        }
        if (!e.summary().isBlank()) {
            m.append("<p>").append(Html.escape(e.summary())).append("</p>\n");
        }
        m.append("<p><a class=\"read-more\" href=\"").append(href).append("\">Read more</a></p>\n</article>\n");
    }
}
