package eu.alpkb.search;

/** A search request that cannot be answered as asked; the message tells the user what to change. */
public final class BadQueryException extends Refusal {
    public BadQueryException(String message) {
        super(null, message);
    }

    /** @see Refusal#Refusal(String, String, Object...) */
    public BadQueryException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
