package eu.alpkb.ingest.crawl;

import eu.alpkb.ingest.Reason;
import eu.alpkb.ingest.Outcome;

/**
 * Why an address is not crawled, as the check that refused it worded it.
 *
 * @param failed true when the address could not be checked (the site's fault or the network's), false when it was
 *               left out on purpose (rules, scope, traps)
 * @param reason words for the administrator, with their code
 */
record Verdict(boolean failed, Reason reason) {
    static Verdict skip(Reason reason) {
        return new Verdict(false, reason);
    }

    static Verdict fail(Reason reason) {
        return new Verdict(true, reason);
    }

    Outcome outcome(String url) {
        return failed ? Outcome.failed(url, reason) : Outcome.skipped(url, reason);
    }
}
