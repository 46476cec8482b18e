package eu.alpkb.admin;

/** A reindex was asked for while another one runs. */
public final class JobConflictException extends RuntimeException {
    private final String runningJobId;

    public JobConflictException(String runningJobId) {
        super("a reindex job is already running: " + runningJobId);
        this.runningJobId = runningJobId;
    }

    public String runningJobId() {
        return runningJobId;
    }
}
