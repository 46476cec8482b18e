package eu.alpkb.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Renders the page of one item or record: the part of the site the service is meant to index. */
final class ArticlePages {
    /** Words that mark an author as an organisation rather than a person in JSON-LD. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i).*\\b(team|zentrum|regione|region|cluster|clusterland|plastipolis|innovazione|park|pst|unioncamere"
                    + "|network|gmbh|ag|university|università|agency|agenzia|partners?|secretariat|observatory"
                    + "|commission|consult|centre|center)\\b.*");

    private final Layout layout;
    private final ObjectMapper json = new ObjectMapper();

    ArticlePages(Layout layout) {
        this.layout = layout;
    }

    /**
     * @param htmlLang  value for {@code <html lang>}; normally the entry's language, but the template's "en" on the
     *                  pages where the original CMS got it wrong
     * @param downloads documents this page links to, in link order
     */
    String render(Entry e, String htmlLang, List<Download> downloads) {
        String path = e.path();
        StringBuilder head = new StringBuilder();
        head.append("<link rel=\"canonical\" href=\"/").append(Html.escape(path)).append("\">\n")
                .append("<meta property=\"og:type\" content=\"").append(e.record() ? "website" : "article")
                .append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(Layout.SITE_NAME).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(Html.escape(e.title())).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(Html.escape(Layout.absolute(path)))
                .append("\">\n");
        if (e.dateMarkup() == DateMarkup.META) {
            head.append("<meta property=\"article:published_time\" content=\"").append(Dates.isoDateTime(e.date()))
                    .append("\">\n");
        } else if (e.dateMarkup() == DateMarkup.JSONLD) {
            head.append("<script type=\"application/ld+json\">\n").append(Html.scriptSafe(jsonLd(e)))
                    .append("\n</script>\n");
        }

        StringBuilder main = new StringBuilder(4096);
        main.append("<article class=\"node node-").append(e.record() ? e.type() : e.section()).append("\">\n")
                .append("<header class=\"entry-header\">\n<h1>").append(Inline.html(e.title())).append("</h1>\n");
        dateLine(main, e);
        if (e.author() != null) {
            main.append("<p class=\"byline\">").append(Html.escape(byline(e.lang()) + e.author())).append("</p>\n");
        }
        main.append("</header>\n");
        if (e.interviewee() != null) {
            Facts.Person who = e.interviewee();
            String alt = "Video interview with " + who.name() + (who.role() == null ? "" : ", " + who.role());
            main.append("<div class=\"video\">\n<img src=\"").append(Layout.rel(path, "assets/video-poster.svg"))
                    .append("\" width=\"640\" height=\"360\" alt=\"").append(Html.escape(alt)).append("\">\n")
                    .append("</div>\n");
        }
        main.append("<div class=\"entry-content\">\n");
        body(main, e.body());
        main.append("</div>\n");
        if (!downloads.isEmpty()) {
            main.append("<div class=\"downloads\">\n<h2>").append(downloadsHeading(e.lang())).append("</h2>\n<ul>\n");
            for (Download d : downloads) {
                main.append("<li><a href=\"").append(Layout.rel(path, d.document().path())).append("\">")
                        .append(Html.escape(d.document().title())).append("</a> <span class=\"file-info\">(")
                        .append(Html.escape(d.info())).append(")</span></li>\n");
            }
            main.append("</ul>\n</div>\n");
        }
        main.append("<footer class=\"entry-footer\">\n").append(Layout.shareButtons(path, e.title()))
                .append("</footer>\n</article>\n");

        List<Layout.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Layout.Crumb(Layout.SECTIONS.get(e.section()), e.section() + "/index.html"));
        crumbs.add(new Layout.Crumb(Inline.plain(e.title()), null));
        return layout.render(new Layout.Page(path, Inline.plain(e.title()), htmlLang, null, e.summary(),
                head.toString(), e.section(), crumbs, main.toString()));
    }

    private static void dateLine(StringBuilder main, Entry e) {
        if (e.dateMarkup() == null || e.dateMarkup() == DateMarkup.JSONLD) {
            // The JSON-LD template of the CMS printed no visible date: the markup is the only source.
            return;
        }
        main.append("<p class=\"date\">");
        switch (e.dateMarkup()) {
            case TIME -> main.append("<time datetime=\"").append(e.date()).append("\">")
                    .append(Html.escape(Dates.longDate(e.date(), e.lang()))).append("</time>");
            case META -> main.append(Html.escape(Dates.longDate(e.date(), e.lang())));
            case TEXT_NUMERIC -> main.append(Html.escape(Dates.textNumeric(e.date(), e.lang())));
            case TEXT_LONG -> main.append(Html.escape(Dates.textLong(e.date(), e.lang())));
            default -> throw new IllegalStateException("no visible line for " + e.dateMarkup());
        }
        main.append("</p>\n");
    }

    static void body(StringBuilder sb, List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                String tag = h.level() <= 2 ? "h2" : "h3";
                sb.append('<').append(tag).append('>').append(Inline.html(h.text())).append("</").append(tag)
                        .append(">\n");
            } else if (b instanceof Block.Paragraph p) {
                sb.append("<p>").append(Inline.html(p.text())).append("</p>\n");
            } else if (b instanceof Block.Quote q) {
                sb.append("<blockquote>\n<p>").append(Inline.html(q.text())).append("</p>\n</blockquote>\n");
            } else if (b instanceof Block.ListBlock l) {
                String tag = l.ordered() ? "ol" : "ul";
                sb.append('<').append(tag).append(">\n");
                for (String item : l.items()) {
                    sb.append("<li>").append(Inline.html(item)).append("</li>\n");
                }
                sb.append("</").append(tag).append(">\n");
            }
        }
    }

    private String jsonLd(Entry e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "NewsArticle");
        doc.put("headline", Inline.plain(e.title()));
        doc.put("datePublished", e.date().toString());
        String author = e.author() == null ? "AlpClusters2020 team" : e.author();
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("@type", ORGANISATION.matcher(author.toLowerCase(Locale.ROOT)).matches() ? "Organization" : "Person");
        who.put("name", author);
        doc.put("author", who);
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", Layout.SITE_NAME);
        doc.put("publisher", publisher);
        doc.put("mainEntityOfPage", Layout.absolute(e.path()));
        if (!e.summary().isBlank()) {
            doc.put("description", e.summary());
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc).replace("\r\n", "\n");
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON-LD for " + e.source(), ex);
        }
    }

    private static String byline(String lang) {
        return switch (lang) {
            case "it" -> "A cura di ";
            case "fr" -> "Par ";
            case "de" -> "Von ";
            default -> "By ";
        };
    }

    private static String downloadsHeading(String lang) {
        return switch (lang) {
            case "it" -> "Documenti";
            case "fr" -> "Documents";
            case "de" -> "Downloads";
            default -> "Downloads";
        };
    }
}
