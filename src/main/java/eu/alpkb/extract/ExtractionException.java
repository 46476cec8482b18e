package eu.alpkb.extract;

/** A document that cannot be turned into text; the message is the reason shown in the run's report. */
public final class ExtractionException extends Exception {
    private final boolean skip;

    private ExtractionException(String reason, boolean skip, Throwable cause) {
        super(reason, cause);
        this.skip = skip;
    }

    /** The document is broken or hostile. */
    public static ExtractionException failed(String reason, Throwable cause) {
        return new ExtractionException(reason, false, cause);
    }

    /** The document is fine but holds nothing to index (no text layer, unsupported type). */
    public static ExtractionException skipped(String reason) {
        return new ExtractionException(reason, true, null);
    }

    /** @return whether the document should be reported as skipped rather than failed */
    public boolean isSkip() {
        return skip;
    }
}
