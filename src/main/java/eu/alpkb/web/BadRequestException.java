package eu.alpkb.web;

import eu.alpkb.search.Explained;
import java.util.List;

/** A request parameter that cannot be used; answered as 400 with the message. */
public final class BadRequestException extends RuntimeException implements Explained {
    private final String code;
    private final List<Object> args;

    public BadRequestException(String message) {
        this(null, message);
    }

    /**
     * @param code    the explanation's name in the pages' message bundles ({@code bad.<code>})
     * @param message the explanation in English
     * @param args    what the explanation names, for its words in other languages
     */
    public BadRequestException(String code, String message, Object... args) {
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
