package eu.alpkb.corpus;

/** HTML and XML escaping; every piece of source text goes through here before it is written into markup. */
final class Html {
    private Html() {
    }

    /**
     * @return {@code s} safe inside element content and inside double-quoted attribute values
     */
    static String escape(String s) {
        return eu.alpkb.search.Html.escape(s);
    }

    /** JSON placed in a script element must not be able to close it. */
    static String scriptSafe(String json) {
        return json.replace("</", "<\\/");
    }
}
