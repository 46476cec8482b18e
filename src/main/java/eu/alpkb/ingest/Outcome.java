package eu.alpkb.ingest;

/**
 * What happened to one URL or file in a run.
 *
 * @param url    the address
 * @param status ok, skipped or failed
 * @param reason why, in words an administrator understands; null when ok without remark
 */
public record Outcome(String url, Status status, String reason) {
    /** The end state of one URL in a run. */
    public enum Status { OK, SKIPPED, FAILED }

    public static Outcome ok(String url) {
        return new Outcome(url, Status.OK, null);
    }

    public static Outcome ok(String url, String remark) {
        return new Outcome(url, Status.OK, remark);
    }

    public static Outcome skipped(String url, String reason) {
        return new Outcome(url, Status.SKIPPED, reason);
    }

    public static Outcome failed(String url, String reason) {
        return new Outcome(url, Status.FAILED, reason);
    }
}
