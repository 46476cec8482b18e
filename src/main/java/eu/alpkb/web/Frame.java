package eu.alpkb.web;

/**
 * What every page's frame (layout.jte) needs besides its content.
 *
 * @param title          the document title
 * @param section        which site section is current: {@code search} or {@code admin}
 * @param cssUrl         the style sheet's versioned address
 * @param iconUrl        the icon's versioned address
 * @param scriptUrl      the page's script, or null for none
 * @param refreshSeconds reload the page after this many seconds when JavaScript is off, or null
 */
record Frame(String title, String section, String cssUrl, String iconUrl, String scriptUrl, Integer refreshSeconds) {
    static final String SEARCH = "search";
    static final String ADMIN = "admin";

    boolean inSearch() {
        return SEARCH.equals(section);
    }

    boolean inAdmin() {
        return ADMIN.equals(section);
    }
}
