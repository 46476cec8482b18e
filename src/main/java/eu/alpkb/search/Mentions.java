package eu.alpkb.search;

import java.util.List;

/**
 * The documents that name an organisation only in passing (a partner list, an example), apart from those about it.
 *
 * @param total     how many documents mention it
 * @param documents the first of them, oldest first, without their text
 */
public record Mentions(long total, List<StoredDocument> documents) {
    public static final Mentions NONE = new Mentions(0, List.of());

    public Mentions {
        documents = List.copyOf(documents);
    }
}
