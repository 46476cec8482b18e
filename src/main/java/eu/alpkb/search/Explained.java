package eu.alpkb.search;

import java.util.List;

/**
 * A refusal that says what to change, in English by its message and, for pages in other languages, as a code with
 * its arguments that each page puts into its own words.
 */
public interface Explained {
    /** @return what went wrong, as a short name ({@code unknownRegion}), or null when only the message says it */
    String code();

    /** @return the parts of the request the explanation names, in the order its words use them */
    List<Object> args();

    /** @return the explanation in English */
    String getMessage();
}
