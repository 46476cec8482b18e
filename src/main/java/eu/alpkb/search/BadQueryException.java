package eu.alpkb.search;

/** A search request that cannot be answered as asked; the message tells the user what to change. */
public final class BadQueryException extends RuntimeException {
    public BadQueryException(String message) {
        super(message);
    }
}
