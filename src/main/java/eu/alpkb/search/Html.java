package eu.alpkb.search;

/** HTML escaping for text that ends up in pages and snippets. */
public final class Html {
    private Html() {
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Cuts escaped HTML with {@code <mark>} tags to at most {@code maxChars} characters of text, counting an entity as
     * the one character it stands for and a tag as none, at the last space before the limit, with " …" after it.
     *
     * @return {@code html} itself when its text is no longer than {@code maxChars}; "" for a limit of 0
     */
    public static String cut(String html, int maxChars) {
        if (html == null || maxChars <= 0) {
            return "";
        }
        if (html.length() <= maxChars) {
            return html; // text is never longer than its markup
        }
        int seen = 0;
        int i = 0;
        int lastSpace = -1;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                i = end < 0 ? html.length() : end + 1;
                continue;
            }
            if (seen == maxChars) {
                String head = html.substring(0, lastSpace > 0 ? lastSpace : i).stripTrailing();
                return closeMarks(head) + " …";
            }
            if (Character.isWhitespace(c)) {
                lastSpace = i;
            }
            int semicolon = c == '&' ? html.indexOf(';', i) : -1;
            i = semicolon > i && semicolon - i <= 10 ? semicolon + 1 : i + 1;
            seen++;
        }
        return html;
    }

    /** Closes a {@code <mark>} left open when a highlighted snippet was cut. */
    public static String closeMarks(String html) {
        int open = html.lastIndexOf("<mark>");
        int close = html.lastIndexOf("</mark>");
        int partial = html.lastIndexOf('<');
        if (partial > open && partial > close && !html.startsWith("</mark>", partial)) {
            html = html.substring(0, partial); // a tag cut in half
        }
        return open > close ? html + "</mark>" : html;
    }
}
