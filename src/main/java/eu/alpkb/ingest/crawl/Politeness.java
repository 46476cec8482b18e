package eu.alpkb.ingest.crawl;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Spaces the requests to one site: the next request to a host waits until the delay has passed since the previous
 * one ended. Waiting is done in short slices so that a cancelled run stops promptly.
 */
final class Politeness {
    private static final long SLICE_MS = 100;

    private final Map<String, Long> nextAllowedNanos = new HashMap<>();

    /**
     * Waits until a request to {@code origin} is allowed.
     *
     * @return false when {@code cancelled} became true while waiting
     */
    boolean awaitTurn(String origin, BooleanSupplier cancelled) throws InterruptedException {
        Long next = nextAllowedNanos.get(origin);
        if (next == null) {
            return !cancelled.getAsBoolean();
        }
        return sleepUntil(next, cancelled);
    }

    /** Records that a request to {@code origin} just ended; the next may start after {@code delay}. */
    void done(String origin, Duration delay) {
        nextAllowedNanos.put(origin, System.nanoTime() + delay.toNanos());
    }

    /**
     * Sleeps for {@code d}, in slices.
     *
     * @return false when {@code cancelled} became true while sleeping
     */
    static boolean sleep(Duration d, BooleanSupplier cancelled) throws InterruptedException {
        return sleepUntil(System.nanoTime() + d.toNanos(), cancelled);
    }

    private static boolean sleepUntil(long deadline, BooleanSupplier cancelled) throws InterruptedException {
        while (true) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            Thread.sleep(Math.min(SLICE_MS, Math.max(1, left / 1_000_000)));
        }
    }
}
