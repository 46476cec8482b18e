package eu.alpkb.web;

import java.util.List;

/**
 * Everything admin.jte shows. Only the parts for the current {@link Mode} are set.
 *
 * @param hl          the language the address chose ({@code hl}), kept in every form's address; null when it chose none
 * @param message     a notice to show at the top, in the page's language, or null
 * @param messageKind {@code error} or {@code info}
 * @param csrf        the session's CSRF token for the forms, or null when administration is closed
 * @param running     the queued or running job, or null
 */
record AdminView(Frame frame, String hl, Mode mode, String message, String messageKind, String csrf, List<SourceOption> sources,
                 JobView running, List<JobView> recent, ReportView report, StatsView stats,
                 List<QueryCount> topQueries, List<QueryCount> zeroQueries, List<Unreviewed> unreviewed) {

    /**
     * A person or organisation found in the documents and not yet in {@code entities.yaml}.
     *
     * @param kind        the kind of entity, in the page's language
     * @param url         the entity's page, with every sentence it was found in
     * @param sentence    the first of them, or null
     * @param documentUrl the document it is from, or null
     */
    record Unreviewed(String name, String kind, String url, int documents, String sentence, String documentUrl) {
    }

    /** What the page shows. */
    enum Mode {
        /** No admin token is configured. */
        CLOSED,
        /** The sign-in form. */
        SIGN_IN,
        /** The signed-in dashboard. */
        DASHBOARD
    }

    /** @return the page's words, in its language */
    Messages t() {
        return frame.t();
    }

    /** @return {@code path} on this server, with the page's chosen language when it has one */
    String to(String path) {
        return link(path, hl);
    }

    static String link(String path, String hl) {
        return hl == null ? path : QueryLinks.of(path, java.util.Map.of()).with(QueryLinks.HL, hl).url();
    }

    boolean closed() {
        return mode == Mode.CLOSED;
    }

    boolean signIn() {
        return mode == Mode.SIGN_IN;
    }

    boolean dashboard() {
        return mode == Mode.DASHBOARD;
    }

    /** A source in the reindex form. */
    record SourceOption(String name, String type) {
    }

    /**
     * A reindex job, its words in the page's language.
     *
     * @param state      queued, running, succeeded, failed or cancelled (for styles and scripts)
     * @param stateLabel the state in words
     * @param progress   how far it got, in words
     * @param value      processed documents for the progress bar, or null while the total is unknown
     * @param max        expected documents, or null while unknown
     */
    record JobView(String id, String state, String stateLabel, String mode, String source, String startedAt,
                   String finishedAt, String message, String progress, Integer value, Integer max) {
        boolean active() {
            return state.equals("queued") || state.equals("running");
        }
    }

    /**
     * The last run's report.
     *
     * @param problems   failed and skipped addresses with their reasons, at most {@link AdminPage#MAX_PROBLEMS}
     * @param moreProblems problems left out of the list
     */
    record ReportView(String mode, String startedAt, String finishedAt, String duration, boolean completed,
                      String message, int added, int updated, int unchanged, int deleted, int failed, int skipped,
                      List<ReasonGroup> problems, int moreProblems) {
        /** @return one of the counts by name: added, updated, unchanged, deleted, failed or skipped */
        int count(String what) {
            return switch (what) {
                case "added" -> added;
                case "updated" -> updated;
                case "unchanged" -> unchanged;
                case "deleted" -> deleted;
                case "failed" -> failed;
                case "skipped" -> skipped;
                default -> throw new IllegalArgumentException("no count named " + what);
            };
        }
    }

    /**
     * Failed or skipped addresses that share one reason.
     *
     * @param count     how many addresses have it
     * @param addresses the first of them (the page lists a bounded number in all)
     * @param unlisted  how many of them the page leaves to the full report
     */
    record ReasonGroup(String status, String reason, int count, List<OutcomeView> addresses, int unlisted) {
        /** A few failures are shown with their addresses at once; long lists and skips stay folded. */
        boolean unfolded() {
            return status.equals("failed") && count <= 10;
        }
    }

    /**
     * One failed or skipped address.
     *
     * @param href the address when it can be linked, else null
     */
    record OutcomeView(String url, String href, String status, String reason) {
    }

    /** Index statistics. */
    record StatsView(int documents, String size, String lastUpdate, int schemaVersion, String generation,
                     String newest, List<Count> perType, List<Count> perSource) {
    }

    /** A label with a number, and a search link when there is one. */
    record Count(String label, long count, String url) {
    }

    /** How often a query was asked in the last days, and how often it found nothing. */
    record QueryCount(String query, String url, long searches, long zeroResults) {
    }
}
