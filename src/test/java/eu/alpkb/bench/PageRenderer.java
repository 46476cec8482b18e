package eu.alpkb.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts a generated article into the page of one of a few fictional sites, each with the markup of a common kind of
 * CMS: navigation menus, language switcher, breadcrumb, share buttons, related items, sidebar widgets, cookie banner,
 * footer and scripts around the article. Sites also differ in where the date is: a meta tag, a {@code <time>}
 * element, JSON-LD, or only the visible text.
 */
final class PageRenderer {
    /** Fictional sites; site {@code s} uses layout {@code s % 3}. */
    static final int SITES = 9;
    private static final String[] DOMAINS = {"www.alpine-clusters.example", "news.cluster-observer.example",
        "www.innovation-alps.example", "www.regio-cluster.example", "blog.plastics-valley.example",
        "portal.alpine-space-network.example", "www.cluster-piemonte.example", "www.mechatronik-netz.example",
        "www.poles-alpins.example"};
    private static final String[] SITE_NAMES = {"Alpine Clusters", "Cluster Observer", "Innovation Alps",
        "RegioCluster", "Plastics Valley", "Alpine Space Network", "Cluster Piemonte", "Mechatronik-Netz",
        "Pôles alpins"};
    private static final Map<String, String[]> MENU = Map.of(
            "en", new String[] {"Home", "About us", "News", "Events", "Interviews", "Publications", "Calls",
                "Members", "Projects", "Contact"},
            "it", new String[] {"Home", "Chi siamo", "Notizie", "Eventi", "Interviste", "Pubblicazioni", "Bandi",
                "Soci", "Progetti", "Contatti"},
            "de", new String[] {"Startseite", "Über uns", "Aktuelles", "Veranstaltungen", "Interviews",
                "Publikationen", "Ausschreibungen", "Mitglieder", "Projekte", "Kontakt"},
            "fr", new String[] {"Accueil", "Qui sommes-nous", "Actualités", "Agenda", "Entretiens", "Publications",
                "Appels", "Membres", "Projets", "Contact"});
    private static final Map<String, String> PUBLISHED = Map.of("en", "Published on", "it", "Pubblicato il",
            "de", "Veröffentlicht am", "fr", "Publié le");
    private static final Map<String, String> COOKIES = Map.of(
            "en", "This website uses cookies to improve your experience and to collect anonymous statistics. By"
                    + " continuing to browse you accept their use.",
            "it", "Questo sito utilizza cookie per migliorare la navigazione e raccogliere statistiche anonime."
                    + " Proseguendo accetti il loro utilizzo.",
            "de", "Diese Website verwendet Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten und anonyme"
                    + " Statistiken zu erstellen.",
            "fr", "Ce site utilise des cookies pour améliorer votre navigation et établir des statistiques"
                    + " anonymes. En poursuivant, vous acceptez leur utilisation.");
    private static final Map<String, String> RELATED = Map.of("en", "Related items", "it", "Articoli correlati",
            "de", "Verwandte Beiträge", "fr", "À lire aussi");
    private static final String TRACKER = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
            + "arguments);}gtag('js',new Date());gtag('config','G-XXXXXXX',{anonymize_ip:true});(function(){var d="
            + "document,s=d.createElement('script');s.async=true;s.src='/assets/stats.js';d.head.appendChild(s);"
            + "document.querySelectorAll('.cookie-accept').forEach(function(b){b.addEventListener('click',function(){"
            + "d.cookie='consent=1;path=/;max-age=31536000';b.closest('.cookie-banner').remove();});});})();";

    private PageRenderer() {
    }

    static String domain(int site) {
        return DOMAINS[site];
    }

    /** @return absolute links to other items of the same site, as a "related items" box shows them */
    static List<String> relatedLinks(ScaleGenerator.Article a) {
        List<String> links = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            int other = Math.floorMod(a.index() * 31 + k * 977, 1_000_003);
            links.add("https://" + DOMAINS[a.site()] + "/" + a.lang() + "/news/" + (2008 + other % 17) + "/item-"
                    + other + ".html");
        }
        return links;
    }

    static String render(ScaleGenerator.Article a, String[] months) {
        StringBuilder h = new StringBuilder(16_384);
        switch (a.site() % 3) {
            case 0 -> drupal(h, a, months);
            case 1 -> wordpress(h, a, months);
            default -> portal(h, a, months);
        }
        return h.toString();
    }

    // ------------------------------------------------------------------------------------------- layouts

    /** Date in a meta tag and as "dd.mm.yyyy" text; article element; cookie banner; share links. */
    private static void drupal(StringBuilder h, ScaleGenerator.Article a, String[] months) {
        String site = SITE_NAMES[a.site()];
        h.append("<!DOCTYPE html>\n<html lang=\"").append(a.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(a.title())).append(" | ").append(esc(site)).append("</title>\n");
        description(h, a);
        h.append("<link rel=\"canonical\" href=\"").append(a.url()).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:site_name\" content=\"")
                .append(esc(site)).append("\">\n<meta property=\"og:title\" content=\"").append(esc(a.title()))
                .append("\">\n<meta property=\"article:published_time\" content=\"").append(a.date())
                .append("T09:00:00+01:00\">\n<link rel=\"stylesheet\" href=\"/themes/alps/css/style.css?v=3\">\n")
                .append("<link rel=\"icon\" href=\"/favicon.ico\">\n</head>\n<body class=\"page-node node-type-")
                .append(a.type()).append("\">\n");
        cookieBanner(h, a.lang());
        h.append("<header class=\"site-header\">\n<div class=\"branding\"><a class=\"logo\" href=\"/\"><img src=\"/")
                .append("themes/alps/logo.svg\" alt=\"\"></a><p class=\"site-slogan\">").append(esc(site))
                .append("</p></div>\n");
        languageSwitcher(h, a);
        menu(h, a, "main-menu");
        h.append("</header>\n<div class=\"container\">\n<main id=\"content\">\n");
        breadcrumb(h, a);
        h.append("<article class=\"node node-").append(a.type()).append("\">\n<header class=\"entry-header\">\n<h1>")
                .append(esc(a.title())).append("</h1>\n<p class=\"date\">").append(PUBLISHED.get(a.lang())).append(' ')
                .append(String.format("%02d.%02d.%d", a.date().getDayOfMonth(), a.date().getMonthValue(),
                        a.date().getYear()))
                .append("</p>\n<p class=\"byline\">").append(esc(a.author())).append("</p>\n</header>\n")
                .append("<div class=\"entry-content\">\n");
        paragraphs(h, a);
        h.append("</div>\n");
        share(h, a);
        h.append("</article>\n");
        related(h, a, "aside", "related");
        h.append("</main>\n</div>\n");
        footer(h, a, "footer", "site-footer");
        h.append("<script src=\"/core/misc/drupal.js?v=9.5\"></script>\n<script>").append(TRACKER)
                .append("</script>\n</body>\n</html>\n");
    }

    /** Date in JSON-LD and a {@code <time>} element; long menus, sidebar widgets and post navigation. */
    private static void wordpress(StringBuilder h, ScaleGenerator.Article a, String[] months) {
        String site = SITE_NAMES[a.site()];
        h.append("<!doctype html>\n<html lang=\"").append(locale(a.lang())).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>")
                .append(esc(a.title())).append(" &#8211; ").append(esc(site)).append("</title>\n");
        description(h, a);
        h.append("<link rel=\"canonical\" href=\"").append(a.url()).append("\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{")
                .append("\"@type\":\"NewsArticle\",\"headline\":\"").append(json(a.title()))
                .append("\",\"datePublished\":\"").append(a.date()).append("T08:30:00+00:00\",\"dateModified\":\"")
                .append(a.date().plusDays(2)).append("T10:00:00+00:00\",\"author\":{\"@type\":\"Person\",\"name\":\"")
                .append(json(a.author())).append("\"},\"inLanguage\":\"").append(locale(a.lang()))
                .append("\"},{\"@type\":\"WebSite\",\"name\":\"").append(json(site)).append("\",\"url\":\"https://")
                .append(DOMAINS[a.site()]).append("/\"}]}</script>\n");
        for (String css : new String[] {"wp-block-library", "theme-style", "cookie-notice", "social-share"}) {
            h.append("<link rel=\"stylesheet\" id=\"").append(css).append("-css\" href=\"/wp-content/").append(css)
                    .append(".min.css?ver=6.4.2\" media=\"all\">\n");
        }
        h.append("<script>window._wpemojiSettings={\"baseUrl\":\"https://s.w.org/images/core/emoji/14.0.0/72x72/\",")
                .append("\"ext\":\".png\",\"svgUrl\":\"https://s.w.org/images/core/emoji/14.0.0/svg/\",\"svgExt\":")
                .append("\".svg\"};</script>\n</head>\n<body class=\"post-template-default single single-post ")
                .append("single-format-standard\">\n<div id=\"page\" class=\"site\">\n<a class=\"skip-link ")
                .append("screen-reader-text\" href=\"#content\">Skip to content</a>\n<header id=\"masthead\" class=")
                .append("\"site-header\">\n<p class=\"site-title\"><a href=\"/\" rel=\"home\">").append(esc(site))
                .append("</a></p>\n<nav id=\"site-navigation\" class=\"main-navigation\">\n<ul id=\"primary-menu\" ")
                .append("class=\"menu\">\n");
        String[] items = MENU.get(a.lang());
        for (int i = 0; i < items.length; i++) {
            h.append("<li class=\"menu-item menu-item-").append(100 + i).append("\"><a href=\"/").append(a.lang())
                    .append("/section-").append(i).append("/\">").append(esc(items[i])).append("</a>");
            if (i >= 2 && i <= 5) {
                h.append("\n<ul class=\"sub-menu\">");
                for (int y = 2024; y >= 2019; y--) {
                    h.append("<li class=\"menu-item\"><a href=\"/").append(a.lang()).append("/section-").append(i)
                            .append('/').append(y).append("/\">").append(esc(items[i])).append(' ').append(y)
                            .append("</a></li>");
                }
                h.append("</ul>\n");
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n</nav>\n</header>\n<div id=\"content\" class=\"site-content\">\n<div id=\"primary\" ")
                .append("class=\"content-area\">\n<main id=\"main\" class=\"site-main\">\n<article id=\"post-")
                .append(a.index()).append("\" class=\"post-").append(a.index()).append(" post type-post status-")
                .append("publish hentry category-").append(a.type()).append("\">\n<header class=\"entry-header\">")
                .append("\n<h1 class=\"entry-title\">").append(esc(a.title())).append("</h1>\n<div class=\"entry-")
                .append("meta\"><span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"")
                .append(a.date()).append("T08:30:00+00:00\">").append(a.date().getDayOfMonth()).append(' ')
                .append(months[a.date().getMonthValue() - 1]).append(' ').append(a.date().getYear())
                .append("</time></span> <span class=\"byline\">").append(esc(a.author())).append("</span></div>\n")
                .append("</header>\n<div class=\"entry-content\">\n");
        paragraphs(h, a);
        h.append("</div>\n<footer class=\"entry-footer\"><span class=\"cat-links\"><a href=\"/category/")
                .append(a.type()).append("/\" rel=\"category tag\">").append(a.type()).append("</a></span></footer>\n");
        share(h, a);
        h.append("</article>\n<nav class=\"navigation post-navigation\" aria-label=\"Posts\"><div class=\"nav-links\">")
                .append("<div class=\"nav-previous\"><a href=\"").append(relatedLinks(a).get(0))
                .append("\" rel=\"prev\">&larr;</a></div><div class=\"nav-next\"><a href=\"")
                .append(relatedLinks(a).get(1)).append("\" rel=\"next\">&rarr;</a></div></div></nav>\n</main>\n")
                .append("</div>\n<aside id=\"secondary\" class=\"widget-area\">\n<section class=\"widget ")
                .append("widget_recent_entries\"><h2 class=\"widget-title\">").append(RELATED.get(a.lang()))
                .append("</h2><ul>");
        for (String link : relatedLinks(a)) {
            h.append("<li><a href=\"").append(link).append("\">").append(link, link.lastIndexOf('/') + 1,
                    link.length() - 5).append("</a></li>");
        }
        h.append("</ul></section>\n<section class=\"widget widget_archive\"><h2 class=\"widget-title\">Archive</h2>")
                .append("<ul>");
        LocalDate m = a.date().withDayOfMonth(1);
        for (int k = 0; k < 24; k++, m = m.minusMonths(1)) {
            h.append("<li><a href=\"/").append(m.getYear()).append('/').append(String.format("%02d", m.getMonthValue()))
                    .append("/\">").append(months[m.getMonthValue() - 1]).append(' ').append(m.getYear())
                    .append("</a></li>");
        }
        h.append("</ul></section>\n</aside>\n</div>\n");
        footer(h, a, "footer", "site-footer\" id=\"colophon");
        h.append("</div>\n");
        cookieBanner(h, a.lang());
        h.append("<script src=\"/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\"></script>\n<script>")
                .append(TRACKER).append("</script>\n</body>\n</html>\n");
    }

    /** No article element and no machine-readable date: the date is only in the text above the title. */
    private static void portal(StringBuilder h, ScaleGenerator.Article a, String[] months) {
        String site = SITE_NAMES[a.site()];
        h.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/")
                .append("DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(a.lang()).append("\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; ")
                .append("charset=utf-8\" />\n<title>").append(esc(site)).append(" - ").append(esc(a.title()))
                .append("</title>\n");
        description(h, a);
        h.append("<link href=\"/css/portal.css\" rel=\"stylesheet\" type=\"text/css\" />\n")
                .append("<script type=\"text/javascript\" src=\"/js/menu.js\"></script>\n</head>\n<body>\n")
                .append("<div class=\"wrapper\">\n<div id=\"header\"><a href=\"/\"><img src=\"/img/logo.png\" alt=\"")
                .append(esc(site)).append("\" /></a>\n");
        languageSwitcher(h, a);
        h.append("<ul id=\"topmenu\">");
        for (String item : MENU.get(a.lang())) {
            h.append("<li><a href=\"/").append(a.lang()).append('/').append(item.toLowerCase().replace(' ', '-'))
                    .append("\">").append(esc(item)).append("</a></li>");
        }
        h.append("</ul></div>\n");
        breadcrumb(h, a);
        h.append("<div id=\"content\">\n<div class=\"col-main\">\n<p class=\"info\">")
                .append(PUBLISHED.get(a.lang())).append(' ').append(a.date().getDayOfMonth())
                .append(a.lang().equals("de") ? ". " : " ").append(months[a.date().getMonthValue() - 1]).append(' ')
                .append(a.date().getYear()).append("</p>\n<h1 class=\"title\">").append(esc(a.title()))
                .append("</h1>\n");
        paragraphs(h, a);
        h.append("<p class=\"print\"><a href=\"javascript:window.print()\">Print</a></p>\n</div>\n");
        related(h, a, "div", "sidebar");
        h.append("</div>\n");
        footer(h, a, "div", "footer\" id=\"footer");
        h.append("</div>\n</body>\n</html>\n");
    }

    // ------------------------------------------------------------------------------------------- parts

    private static void description(StringBuilder h, ScaleGenerator.Article a) {
        if (!a.summary().isEmpty()) {
            h.append("<meta name=\"description\" content=\"").append(esc(a.summary())).append("\">\n");
        }
    }

    private static void cookieBanner(StringBuilder h, String lang) {
        h.append("<div class=\"cookie-banner\" role=\"dialog\"><p>").append(COOKIES.get(lang))
                .append("</p><button type=\"button\" class=\"cookie-accept\">OK</button></div>\n");
    }

    private static void languageSwitcher(StringBuilder h, ScaleGenerator.Article a) {
        h.append("<ul class=\"language-switcher\">");
        for (String[] l : new String[][] {{"en", "English"}, {"it", "Italiano"}, {"de", "Deutsch"},
            {"fr", "Français"}}) {
            h.append("<li").append(l[0].equals(a.lang()) ? " class=\"active\"" : "").append("><a href=\"/")
                    .append(l[0]).append("/\" hreflang=\"").append(l[0]).append("\">").append(l[1])
                    .append("</a></li>");
        }
        h.append("</ul>\n");
    }

    private static void menu(StringBuilder h, ScaleGenerator.Article a, String cls) {
        h.append("<nav class=\"").append(cls).append("\" aria-label=\"Main menu\">\n<ul>\n");
        for (String item : MENU.get(a.lang())) {
            h.append("<li><a href=\"/").append(a.lang()).append('/').append(item.toLowerCase().replace(' ', '-'))
                    .append("/\">").append(esc(item)).append("</a></li>\n");
        }
        h.append("</ul>\n</nav>\n");
    }

    private static void breadcrumb(StringBuilder h, ScaleGenerator.Article a) {
        String[] items = MENU.get(a.lang());
        h.append("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><a href=\"/\">").append(esc(items[0]))
                .append("</a> &rsaquo; <a href=\"/").append(a.lang()).append("/section/\">")
                .append(esc(items[section(a.type())])).append("</a> &rsaquo; <span>")
                .append(esc(a.title())).append("</span></nav>\n");
    }

    /** @return the menu entry of the type's section */
    private static int section(String type) {
        return switch (type) {
            case "news" -> 2;
            case "interview" -> 4;
            case "publication" -> 5;
            case "call" -> 6;
            default -> 3; // events and their reports
        };
    }

    private static void paragraphs(StringBuilder h, ScaleGenerator.Article a) {
        boolean interview = a.type().equals("interview");
        for (int i = 0; i < a.paragraphs().size(); i++) {
            String p = esc(a.paragraphs().get(i));
            if (interview && i % 2 == 1) {
                h.append("<p><strong>").append(p).append("</strong></p>\n");
            } else {
                h.append("<p>").append(p).append("</p>\n");
            }
        }
    }

    private static void share(StringBuilder h, ScaleGenerator.Article a) {
        h.append("<div class=\"share-links\"><span>Share</span>");
        for (String net : new String[] {"facebook", "twitter", "linkedin", "email"}) {
            h.append("<a class=\"share-").append(net).append("\" href=\"https://share.example/").append(net)
                    .append("?u=").append(a.url()).append("\" rel=\"nofollow\">").append(net).append("</a>");
        }
        h.append("</div>\n");
    }

    private static void related(StringBuilder h, ScaleGenerator.Article a, String tag, String cls) {
        h.append('<').append(tag).append(" class=\"").append(cls).append("\"><h2>").append(RELATED.get(a.lang()))
                .append("</h2><ul>");
        for (String link : relatedLinks(a)) {
            h.append("<li><a href=\"").append(link).append("\">").append(link, link.lastIndexOf('/') + 1,
                    link.length() - 5).append("</a></li>");
        }
        h.append("</ul></").append(tag).append(">\n");
    }

    private static void footer(StringBuilder h, ScaleGenerator.Article a, String tag, String cls) {
        String site = SITE_NAMES[a.site()];
        h.append('<').append(tag).append(" class=\"").append(cls).append("\">\n<div class=\"footer-columns\">")
                .append("<div><h3>").append(esc(site)).append("</h3><p>Via dell'Innovazione 12, 10100 Torino · ")
                .append("Innovationsstraße 4, 4020 Linz · +39 011 000000</p></div><div><ul>");
        for (String item : MENU.get(a.lang())) {
            h.append("<li><a href=\"/").append(a.lang()).append("/footer/").append(item.toLowerCase().replace(' ', '-'))
                    .append("\">").append(esc(item)).append("</a></li>");
        }
        h.append("</ul></div><div><p>Co-financed by the European Regional Development Fund · Interreg Alpine Space")
                .append("</p><p><a href=\"/privacy\">Privacy</a> · <a href=\"/legal\">Legal notice</a> · ")
                .append("<a href=\"/cookies\">Cookies</a></p></div></div>\n<p class=\"copyright\">© ")
                .append(a.date().getYear()).append(' ').append(esc(site)).append("</p>\n</").append(tag).append(">\n");
    }

    private static String locale(String lang) {
        return switch (lang) {
            case "en" -> "en-GB";
            case "it" -> "it-IT";
            case "de" -> "de-AT";
            default -> "fr-FR";
        };
    }

    static String esc(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
