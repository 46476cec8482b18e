package eu.alpkb.ingest.crawl;

import eu.alpkb.ingest.Outcome;

/**
 * Why an address is not crawled, as the check that refused it worded it.
 *
 * @param failed true when the address could not be checked (the site's fault or the network's), false when it was
 *               left out on purpose (rules, scope, traps)
 * @param reason words for the administrator
 */
record Verdict(boolean failed, String reason) {
    static Verdict skip(String reason) {
        return new Verdict(false, reason);
    }

    static Verdict fail(String reason) {
        return new Verdict(true, reason);
    }

    Outcome outcome(String url) {
        return failed ? Outcome.failed(url, reason) : Outcome.skipped(url, reason);
    }
}
