package eu.alpkb.extract;

import eu.alpkb.ingest.PageFacts;
import java.util.List;

/**
 * A page read once: what its source needs to crawl on, and the document extracted from the same parse (or why there
 * is none).
 *
 * @param extracted the extracted document, or null when {@code failure} says why there is none
 * @param failure   why the page cannot be indexed, or null
 */
public record ReadPage(List<String> links, String canonical, boolean nofollow, ExtractedDocument extracted,
                       ExtractionException failure) implements PageFacts {
    public ReadPage {
        links = List.copyOf(links);
    }

    /** A page that could not be parsed at all: no links, and the reason. */
    static ReadPage unread(ExtractionException failure) {
        return new ReadPage(List.of(), null, false, null, failure);
    }

    /**
     * @return the document
     * @throws ExtractionException when the page cannot be indexed
     */
    public ExtractedDocument document() throws ExtractionException {
        if (failure != null) {
            throw failure;
        }
        return extracted;
    }
}
