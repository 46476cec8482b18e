package eu.alpkb.search;

import java.util.List;

/**
 * A request refused with what to change: in English by its message and, for pages in other languages, as a code
 * with what it names, which each page puts into its own words.
 */
public abstract class Refusal extends RuntimeException {
    private final String code;
    private final List<Object> args;

    /**
     * @param code    the explanation's name in the pages' message bundles ({@code bad.<code>}), or null
     * @param message the explanation in English
     * @param args    what the explanation names, for its words in other languages
     */
    protected Refusal(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = List.of(args);
    }

    /** @return what went wrong, as a short name ({@code unknownRegion}), or null when only the message says it */
    public String code() {
        return code;
    }

    /** @return the parts of the request the explanation names, in the order its words use them */
    public List<Object> args() {
        return args;
    }
}
