package eu.alpkb.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The files around the pages: robots.txt, sitemap.xml, the partner-area page and the template's assets. */
final class SiteExtras {
    private SiteExtras() {
    }

    static String robots() {
        return "User-agent: *\nDisallow: /private/\n\nSitemap: " + Layout.absolute("sitemap.xml") + "\n";
    }

    /**
     * @param lastModified site path to the date it last changed; written in path order
     */
    static String sitemap(Map<String, LocalDate> lastModified) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        lastModified.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append("  <url><loc>")
                .append(Html.escape(Layout.absolute(e.getKey()))).append("</loc><lastmod>").append(e.getValue())
                .append("</lastmod></url>\n"));
        return sb.append("</urlset>\n").toString();
    }

    /**
     * Internal notes the partners kept behind the "Partner area" link. It is linked from every page but must never
     * reach the index: robots.txt disallows the folder and the page says noindex.
     */
    static String privatePage(Layout layout) {
        String main = """
                <article class="node node-page">
                <header class="entry-header">
                <h1>Partner area: budget reallocation draft</h1>
                <p class="notice">Internal working notes for the project partners. Draft, do not circulate.</p>
                </header>
                <div class="entry-content">
                <p>These notes prepare the budget discussion at the next steering committee. The figures are
                provisional and will change once all partners have sent their expenditure for the last reporting
                period to the lead partner.</p>
                <h2>Overall frame</h2>
                <ul>
                <li>ERDF contribution: 376,352.00 EUR, that is 64.6 % of the eligible budget.</li>
                <li>The Swiss partner is financed from national funds and is not part of the ERDF total.</li>
                <li>Each ERDF partner's national co-financing covers the remaining share of its own budget line.</li>
                </ul>
                <h2>Points for discussion</h2>
                <ul>
                <li>Travel lines are underspent in most partner budgets, because the AlpCafés were organised
                locally. Proposal: move part of the savings to external expertise for the final policy
                recommendations.</li>
                <li>Staff costs of two partners are above plan for the survey work package; the lead partner will
                check whether the flexibility rule of the programme allows a shift of up to 20 % between budget
                lines without a formal modification request.</li>
                <li>Printing of the final brochure: collect three quotes before the steering committee.</li>
                </ul>
                <p>Please send comments on this draft to the lead partner's financial officer by e-mail, not through
                the public site.</p>
                </div>
                </article>
                """;
        return layout.render(new Layout.Page(Layout.PRIVATE_PAGE, "Partner area: budget reallocation draft", "en",
                "noindex, nofollow", null, "", null, List.of(new Layout.Crumb("Partner area", null)), main));
    }

    static String css() {
        return """
                /* AlpClusters2020 theme */
                body { margin: 0; font: 16px/1.5 "Helvetica Neue", Arial, sans-serif; color: #222; background: #f4f6f3; }
                a { color: #1f5f8b; }
                .cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; padding: .8em 1.5em; background: #263238;
                  color: #fff; font-size: .9em; z-index: 10; }
                .cookie-banner button { margin-right: .5em; }
                .site-header { background: #fff; border-bottom: 4px solid #6a9a3c; padding: 1em 2em 0; }
                .logo { font-size: 1.8em; color: #2e4d1a; text-decoration: none; }
                .site-slogan { margin: 0 0 .5em; color: #667; }
                .main-menu ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
                .main-menu li a { display: block; padding: .5em .8em; text-decoration: none; }
                .main-menu li.active a { background: #6a9a3c; color: #fff; }
                .container { display: flex; gap: 2em; max-width: 1100px; margin: 1.5em auto; padding: 0 1em; }
                main { flex: 3; background: #fff; padding: 1.5em 2em; }
                .sidebar { flex: 1; font-size: .9em; }
                .breadcrumb { font-size: .85em; color: #667; margin-bottom: 1em; }
                .date, .teaser-date, .byline { color: #667; font-size: .9em; margin-top: -.5em; }
                .teaser { border-bottom: 1px solid #e3e6e0; padding-bottom: 1em; }
                .teaser h2 { font-size: 1.2em; margin-bottom: .2em; }
                .video { background: #111; max-width: 640px; margin: 1em 0; }
                .video img { display: block; width: 100%; height: auto; }
                blockquote { border-left: 4px solid #6a9a3c; margin: 1em 0; padding: .2em 1em; color: #444; }
                .downloads, .document-list { background: #f0f4ec; padding: .5em 1em; }
                .share-buttons a { margin-right: .6em; font-size: .85em; }
                .pager { margin-top: 1.5em; display: flex; gap: 1em; }
                .site-footer { background: #2e4d1a; color: #e8efe1; padding: 1.5em 2em 4em; font-size: .85em; }
                .site-footer a { color: #fff; }
                """;
    }

    static String cookiesJs() {
        return """
                (function () {
                  var banner = document.querySelector('.cookie-banner');
                  if (!banner) { return; }
                  if (document.cookie.indexOf('cookie_notice=') >= 0) { banner.style.display = 'none'; return; }
                  banner.addEventListener('click', function (e) {
                    if (e.target.tagName !== 'BUTTON') { return; }
                    var accepted = e.target.className.indexOf('accept') >= 0;
                    document.cookie = 'cookie_notice=' + (accepted ? 'accepted' : 'declined') + ';max-age=31536000;path=/';
                    banner.style.display = 'none';
                  });
                })();
                """;
    }

    static String favicon() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><path d=\"M2 28 L12 10 L18 20 L22 14"
                + " L30 28 Z\" fill=\"#6a9a3c\"/></svg>\n";
    }

    static String videoPoster() {
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">
                <rect width="640" height="360" fill="#1d2a14"/>
                <path d="M0 300 L150 170 L230 240 L330 120 L460 250 L540 190 L640 280 L640 360 L0 360 Z" fill="#2e4d1a"/>
                <circle cx="320" cy="180" r="46" fill="#ffffff" fill-opacity="0.85"/>
                <path d="M305 155 L345 180 L305 205 Z" fill="#1d2a14"/>
                </svg>
                """;
    }
}
