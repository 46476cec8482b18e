package eu.alpkb.extract;

import eu.alpkb.ingest.PageFacts;
import eu.alpkb.ingest.Reason;
import java.util.List;

/**
 * A page read once: what its source needs to crawl on, and the document extracted from the same parse (or why there
 * is none).
 *
 * @param noindex   whether the page asks not to be indexed (meta robots {@code noindex}); a policy of the index, kept
 *                  apart from what the page holds
 * @param extracted the extracted document, or null when {@code failure} says why there is none (a page that asks
 *                  not to be indexed and is read only for its links is not extracted)
 * @param failure   why the page holds nothing to index, or null
 */
public record ReadPage(List<String> links, String canonical, boolean nofollow, boolean noindex,
                       ExtractedDocument extracted, ExtractionException failure) implements PageFacts {
    public ReadPage {
        links = List.copyOf(links);
    }

    /** A page that could not be parsed at all: no links, and the reason. */
    static ReadPage unread(ExtractionException failure) {
        return new ReadPage(List.of(), null, false, false, null, failure);
    }

    /**
     * @return the document to index
     * @throws ExtractionException when the page cannot or asks not to be indexed
     */
    public ExtractedDocument document() throws ExtractionException {
        if (noindex) {
            throw ExtractionException.skipped(Reason.of("noindex",
                    "the page asks not to be indexed (meta robots noindex)"));
        }
        return content();
    }

    /**
     * @return what the page holds, whatever its robots directives say
     * @throws ExtractionException when the page holds nothing to extract
     */
    public ExtractedDocument content() throws ExtractionException {
        if (failure != null) {
            throw failure;
        }
        return extracted;
    }
}
