package eu.alpkb.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;

/**
 * Writes a document as an OpenDocument text package by hand with {@code java.util.zip}: {@code mimetype} first and
 * stored, then content, styles, metadata and the manifest, which is all a reader such as Tika needs.
 */
final class OdtWriter {
    private static final String MIME = "application/vnd.oasis.opendocument.text";
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    private static final Map<String, String> COUNTRY = Map.of("en", "GB", "it", "IT", "fr", "FR", "de", "DE");

    byte[] write(SourceDocument d) throws IOException {
        LocalDateTime created = d.created().atTime(Dates.PUBLISHED_AT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            Zips.putStored(z, "mimetype", MIME.getBytes(StandardCharsets.US_ASCII), created);
            Zips.putDeflated(z, "content.xml", utf8(content(d)), created);
            Zips.putDeflated(z, "styles.xml", utf8(styles(d)), created);
            Zips.putDeflated(z, "meta.xml", utf8(meta(d, created)), created);
            Zips.putDeflated(z, "META-INF/manifest.xml", utf8(manifest()), created);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String x(String s) {
        return Html.escape(s);
    }

    private static String content(SourceDocument d) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content").append(NS)
                .append(" office:version=\"1.2\">\n<office:automatic-styles>\n")
                .append("<style:style style:name=\"PageStart\" style:family=\"paragraph\""
                        + " style:parent-style-name=\"Text_20_body\"><style:paragraph-properties"
                        + " fo:break-before=\"page\"/></style:style>\n")
                .append("<style:style style:name=\"Quote\" style:family=\"paragraph\""
                        + " style:parent-style-name=\"Text_20_body\"><style:paragraph-properties"
                        + " fo:margin-left=\"1cm\"/><style:text-properties fo:font-style=\"italic\"/></style:style>\n")
                .append("</office:automatic-styles>\n<office:body>\n<office:text>\n")
                .append("<text:p text:style-name=\"Title\">").append(x(d.title())).append("</text:p>\n");
        if (d.author() != null) {
            sb.append("<text:p text:style-name=\"Subtitle\">").append(x(d.author())).append(" \u2013 ")
                    .append(x(Dates.longDate(d.created(), d.lang()))).append("</text:p>\n");
        }
        List<List<Block>> pages = d.pages();
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                // An empty paragraph that starts the page, as a manual page break is saved.
                sb.append("<text:p text:style-name=\"PageStart\"/>\n");
            }
            for (Block b : pages.get(i)) {
                block(sb, b);
            }
        }
        return sb.append("</office:text>\n</office:body>\n</office:document-content>\n").toString();
    }

    private static void block(StringBuilder sb, Block b) {
        if (b instanceof Block.Heading h) {
            int level = Math.min(h.level(), 3);
            sb.append("<text:h text:style-name=\"Heading_20_").append(level).append("\" text:outline-level=\"")
                    .append(level).append("\">").append(x(Inline.printed(h.text()))).append("</text:h>\n");
        } else if (b instanceof Block.Paragraph p) {
            sb.append("<text:p text:style-name=\"Text_20_body\">").append(x(Inline.printed(p.text())))
                    .append("</text:p>\n");
        } else if (b instanceof Block.Quote q) {
            sb.append("<text:p text:style-name=\"Quote\">").append(x(Inline.printed(q.text()))).append("</text:p>\n");
        } else if (b instanceof Block.ListBlock l) {
            sb.append("<text:list>\n");
            int n = 1;
            for (String item : l.items()) {
                String mark = l.ordered() ? (n++) + ". " : "";
                sb.append("<text:list-item><text:p text:style-name=\"Text_20_body\">").append(x(mark))
                        .append(x(Inline.printed(item))).append("</text:p></text:list-item>\n");
            }
            sb.append("</text:list>\n");
        }
    }

    private static String styles(SourceDocument d) {
        String lang = d.lang();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NS + " office:version=\"1.2\">\n"
                + "<office:styles>\n"
                + "<style:default-style style:family=\"paragraph\"><style:text-properties fo:font-size=\"11pt\""
                + " fo:language=\"" + lang + "\" fo:country=\"" + COUNTRY.get(lang) + "\"/></style:default-style>\n"
                + "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
                + "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\""
                + " style:parent-style-name=\"Standard\" style:class=\"text\"><style:paragraph-properties"
                + " fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\"/></style:style>\n"
                + "<style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
                + " style:class=\"chapter\"><style:text-properties fo:font-size=\"20pt\" fo:font-weight=\"bold\"/>"
                + "</style:style>\n"
                + "<style:style style:name=\"Subtitle\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
                + " style:class=\"chapter\"><style:text-properties fo:font-size=\"12pt\"/></style:style>\n"
                + heading(1, "16pt") + heading(2, "13pt") + heading(3, "11pt")
                + "</office:styles>\n<office:automatic-styles>\n"
                + "<style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"21cm\""
                + " fo:page-height=\"29.7cm\" fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\" fo:margin-left=\"2.5cm\""
                + " fo:margin-right=\"2.5cm\"/></style:page-layout>\n</office:automatic-styles>\n"
                + "<office:master-styles>\n<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"/>\n"
                + "</office:master-styles>\n</office:document-styles>\n";
    }

    private static String heading(int level, String size) {
        return "<style:style style:name=\"Heading_20_" + level + "\" style:display-name=\"Heading " + level + "\""
                + " style:family=\"paragraph\" style:parent-style-name=\"Standard\""
                + " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"" + level + "\""
                + " style:class=\"text\"><style:text-properties fo:font-size=\"" + size + "\" fo:font-weight=\"bold\"/>"
                + "</style:style>\n";
    }

    private static String meta(SourceDocument d, LocalDateTime created) {
        String when = created.toString().length() == 16 ? created + ":00" : created.toString();
        int words = 0;
        for (List<Block> page : d.pages()) {
            for (Block b : page) {
                String t = b instanceof Block.Paragraph p ? p.text() : b instanceof Block.Heading h ? h.text()
                        : b instanceof Block.Quote q ? q.text() : String.join(" ", ((Block.ListBlock) b).items());
                words += Inline.plain(t).split("\\s+").length;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta").append(NS)
                .append(" office:version=\"1.2\">\n<office:meta>\n")
                .append("<dc:title>").append(x(d.title())).append("</dc:title>\n");
        if (d.author() != null) {
            sb.append("<meta:initial-creator>").append(x(d.author())).append("</meta:initial-creator>\n")
                    .append("<dc:creator>").append(x(d.author())).append("</dc:creator>\n");
        }
        sb.append("<meta:creation-date>").append(when).append("</meta:creation-date>\n")
                .append("<dc:date>").append(when).append("</dc:date>\n")
                .append("<dc:language>").append(d.lang()).append('-').append(COUNTRY.get(d.lang()))
                .append("</dc:language>\n")
                .append("<meta:document-statistic meta:page-count=\"").append(d.pages().size())
                .append("\" meta:word-count=\"").append(words).append("\"/>\n")
                .append("</office:meta>\n</office:document-meta>\n");
        return sb.toString();
    }

    private static String manifest() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\""
                + MIME + "\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n";
    }
}
