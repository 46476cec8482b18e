package eu.alpkb.corpus;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a page shows its publication date. The styles differ on purpose: the archive tests date extraction from
 * markup (time element, Open Graph meta, JSON-LD) and from visible text only.
 */
enum DateMarkup {
    TIME("time"), META("meta"), JSONLD("jsonld"), TEXT_NUMERIC("text-numeric"), TEXT_LONG("text-long");

    private final String key;

    DateMarkup(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static Optional<DateMarkup> of(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
