package eu.alpkb.web;

/** A request parameter that cannot be used; answered as 400 with the message. */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
