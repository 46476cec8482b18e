package eu.alpkb.web;

import eu.alpkb.search.Refusal;

/** A request parameter that cannot be used; answered as 400 with the message. */
public final class BadRequestException extends Refusal {
    public BadRequestException(String message) {
        super(null, message);
    }

    /** @see Refusal#Refusal(String, String, Object...) */
    public BadRequestException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
