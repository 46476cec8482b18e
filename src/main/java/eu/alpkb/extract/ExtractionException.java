package eu.alpkb.extract;

import eu.alpkb.ingest.Reason;

/** A document that cannot be turned into text; the message is the reason shown in the run's report. */
public final class ExtractionException extends Exception {
    private final boolean skip;
    private final transient Reason reason;

    private ExtractionException(Reason reason, boolean skip, Throwable cause) {
        super(reason.english(), cause);
        this.skip = skip;
        this.reason = reason;
    }

    /** The document is broken or hostile. */
    public static ExtractionException failed(Reason reason, Throwable cause) {
        return new ExtractionException(reason, false, cause);
    }

    /** The document is fine but holds nothing to index (no text layer, unsupported type). */
    public static ExtractionException skipped(Reason reason) {
        return new ExtractionException(reason, true, null);
    }

    /** @return whether the document should be reported as skipped rather than failed */
    public boolean isSkip() {
        return skip;
    }

    /** @return why, with its code for the pages; its English words are this exception's message */
    public Reason reason() {
        return reason;
    }
}
