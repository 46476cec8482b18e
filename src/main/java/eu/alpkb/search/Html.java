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
