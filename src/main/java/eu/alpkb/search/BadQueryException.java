package eu.alpkb.search;

import java.util.List;

/** A search request that cannot be answered as asked; the message tells the user what to change. */
public final class BadQueryException extends RuntimeException implements Explained {
    private final String code;
    private final List<Object> args;

    public BadQueryException(String message) {
        this(null, message);
    }

    /**
     * @param code    the explanation's name in the pages' message bundles ({@code bad.<code>})
     * @param message the explanation in English
     * @param args    what the explanation names, for its words in other languages
     */
    public BadQueryException(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = List.of(args);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<Object> args() {
        return args;
    }
}
