package eu.alpkb.corpus;

/** HTML and XML escaping; every piece of source text goes through here before it is written into markup. */
final class Html {
    private Html() {
    }

    /**
     * @return {@code s} safe inside element content and inside double-quoted attribute values
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** JSON placed in a script element must not be able to close it. */
    static String scriptSafe(String json) {
        return json.replace("</", "<\\/");
    }
}
