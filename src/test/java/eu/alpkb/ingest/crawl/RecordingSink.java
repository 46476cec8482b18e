package eu.alpkb.ingest.crawl;

import eu.alpkb.ingest.FetchedResource;
import eu.alpkb.ingest.Outcome;
import eu.alpkb.ingest.ResourceSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Keeps everything a source hands over, for assertions; plays an incremental or a full run. */
final class RecordingSink implements ResourceSink {
    private final boolean incremental;
    final Map<String, FetchedResource> accepted = new LinkedHashMap<>();
    final List<Outcome> outcomes = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    /** Every pending count the source announced, in order. */
    final List<Integer> queued = new ArrayList<>();

    RecordingSink(boolean incremental) {
        this.incremental = incremental;
    }

    @Override
    public synchronized boolean accept(FetchedResource resource) {
        if (accepted.put(resource.url(), resource) != null) {
            throw new AssertionError("delivered twice: " + resource.url());
        }
        return true;
    }

    @Override
    public synchronized void report(Outcome outcome) {
        outcomes.add(outcome);
    }

    @Override
    public synchronized void unchanged(String url) {
        unchanged.add(url);
    }

    @Override
    public synchronized void queued(int pending) {
        queued.add(pending);
    }

    @Override
    public boolean incremental() {
        return incremental;
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    /** @return the reason given for {@code url}, or null when it got no outcome */
    synchronized String reason(String url) {
        return outcomes.stream().filter(o -> o.url().equals(url)).map(Outcome::reason).findFirst().orElse(null);
    }

    /** @return the outcomes of one status, by URL */
    synchronized Map<String, String> withStatus(Outcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status)
                .collect(Collectors.toMap(Outcome::url, Outcome::reason, (a, b) -> a + " | " + b, LinkedHashMap::new));
    }

    /** @return every outcome as "status url: reason" lines, for failure messages */
    synchronized String describe() {
        StringBuilder sb = new StringBuilder();
        accepted.keySet().forEach(u -> sb.append("accepted ").append(u).append('\n'));
        unchanged.forEach(u -> sb.append("unchanged ").append(u).append('\n'));
        outcomes.forEach(o -> sb.append(o.status()).append(' ').append(o.url()).append(": ").append(o.reason())
                .append('\n'));
        return sb.toString();
    }
}
