package eu.alpkb.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline markup of the sources: {@code **bold**} and {@code [text](url)}; everything else is literal text. */
final class Inline {
    private static final Pattern MARKUP = Pattern.compile(
            "\\[([^\\]]+)\\]\\(((?:https?://|mailto:)[^)\\s]+)\\)|\\*\\*(.+?)\\*\\*");

    private Inline() {
    }

    /** Escaped HTML with {@code <strong>} and {@code <a>} for the markup. */
    static String html(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = MARKUP.matcher(text);
        int pos = 0;
        while (m.find()) {
            sb.append(Html.escape(text.substring(pos, m.start())));
            if (m.group(1) != null) {
                sb.append("<a href=\"").append(Html.escape(m.group(2))).append("\">")
                        .append(html(m.group(1))).append("</a>");
            } else {
                sb.append("<strong>").append(html(m.group(3))).append("</strong>");
            }
            pos = m.end();
        }
        return sb.append(Html.escape(text.substring(pos))).toString();
    }

    /** The text a reader sees, without markup; used for documents, teasers and word counts. */
    static String plain(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = MARKUP.matcher(text);
        int pos = 0;
        while (m.find()) {
            sb.append(text, pos, m.start());
            sb.append(m.group(1) != null ? plain(m.group(1)) : plain(m.group(3)));
            pos = m.end();
        }
        return sb.append(text.substring(pos)).toString();
    }

    /** Plain text where a link keeps its address, as printed documents show it. */
    static String printed(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = MARKUP.matcher(text);
        int pos = 0;
        while (m.find()) {
            sb.append(text, pos, m.start());
            if (m.group(1) != null) {
                String label = plain(m.group(1));
                String url = m.group(2);
                String bare = url.replaceFirst("^https?://", "").replaceFirst("/$", "");
                sb.append(label.equalsIgnoreCase(bare) || label.equalsIgnoreCase(url) ? label : label + " (" + bare + ")");
            } else {
                sb.append(plain(m.group(3)));
            }
            pos = m.end();
        }
        return sb.append(text.substring(pos)).toString();
    }
}
