package eu.alpkb.web;

import eu.alpkb.search.Refusal;

/**
 * A request refused with a status other than 400 (a missing document, a missing token), explained like every other
 * refusal: in English by its message, in the client's language by the bundles' {@code bad.<code>}.
 */
final class Refused extends Refusal {
    private final int status;

    /** @see Refusal#Refusal(String, String, Object...) */
    Refused(int status, String code, String message, Object... args) {
        super(code, message, args);
        this.status = status;
    }

    int status() {
        return status;
    }
}
