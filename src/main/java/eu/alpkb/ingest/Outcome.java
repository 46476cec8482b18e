package eu.alpkb.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What happened to one URL or file in a run.
 *
 * @param url    the address
 * @param status ok, skipped or failed
 * @param reason why, in words an administrator understands; null when ok without remark
 * @param code   the stable code of the reason ({@link Reason#code()}), so that a page can say it in its own language;
 *               null when the reason has English words only
 * @param args   the values the reason's words are made of, in the order of its code's placeholders
 */
public record Outcome(String url, Status status, String reason, String code, List<Object> args) {
    /** The end state of one URL in a run. */
    public enum Status { OK, SKIPPED, FAILED }

    public Outcome {
        // reports written before reasons had codes have neither field
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** An outcome whose reason has English words only. */
    public Outcome(String url, Status status, String reason) {
        this(url, status, reason, null, List.of());
    }

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

    public static Outcome skipped(String url, Reason reason) {
        return new Outcome(url, Status.SKIPPED, reason.english(), reason.code(), reason.args());
    }

    public static Outcome failed(String url, Reason reason) {
        return new Outcome(url, Status.FAILED, reason.english(), reason.code(), reason.args());
    }
}
