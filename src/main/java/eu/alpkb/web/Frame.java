package eu.alpkb.web;

import java.util.List;

/**
 * What every page's frame (layout.jte) needs besides its content.
 *
 * @param title          the document title
 * @param section        which site section is current: {@code search} or {@code admin}
 * @param cssUrl         the style sheet's versioned address
 * @param iconUrl        the icon's versioned address
 * @param scriptUrl      the page's script, or null for none
 * @param refreshSeconds reload the page after this many seconds when JavaScript is off, or null
 * @param t              the page's words, in its language
 * @param languages      the same page in each interface language, or empty where the page offers no choice
 */
record Frame(String title, String section, String cssUrl, String iconUrl, String scriptUrl, Integer refreshSeconds,
             Messages t, List<Language> languages) {
    static final String SEARCH = "search";
    static final String ADMIN = "admin";
    static final String EVENTS = "events";

    boolean inSearch() {
        return SEARCH.equals(section);
    }

    boolean inEvents() {
        return EVENTS.equals(section);
    }

    boolean inAdmin() {
        return ADMIN.equals(section);
    }

    /**
     * The page in one interface language.
     *
     * @param name    the language's name in itself ("Deutsch")
     * @param current whether the page is in this language now
     */
    record Language(String code, String name, String url, boolean current) {
    }
}
