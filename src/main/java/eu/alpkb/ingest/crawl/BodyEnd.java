package eu.alpkb.ingest.crawl;

import org.netpreserve.jwarc.WarcTruncationReason;

/** How the reading of a response body ended. */
public enum BodyEnd {
    /** All of it arrived. */
    COMPLETE(WarcTruncationReason.NOT_TRUNCATED),
    /** Reading stopped at the source's byte limit; the rest was never read. */
    TOO_LARGE(WarcTruncationReason.LENGTH),
    /** The server was still sending when the time for the whole response ran out. */
    TIMED_OUT(WarcTruncationReason.TIME),
    /** The connection broke before the announced end of the body. */
    DISCONNECTED(WarcTruncationReason.DISCONNECT);

    private final WarcTruncationReason warc;

    BodyEnd(WarcTruncationReason warc) {
        this.warc = warc;
    }

    /** @return the WARC name for the same truncation */
    WarcTruncationReason warc() {
        return warc;
    }

    /** @return the end recorded in an archive under {@code reason} */
    static BodyEnd of(WarcTruncationReason reason) {
        for (BodyEnd e : values()) {
            if (e.warc == reason) {
                return e;
            }
        }
        return COMPLETE;
    }
}
