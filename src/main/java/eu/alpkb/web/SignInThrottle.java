package eu.alpkb.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down guessing of the admin token, per client address: a few wrong tokens in a row are free (a typo), then
 * each further one makes the client wait twice as long as the last before it may try again, up to
 * {@link #MAX_WAIT}. An attempt made while it must wait is refused (429) without the token being looked at. A right
 * token clears the count. The wait is a refusal, never a sleeping request, so guessing costs the server nothing.
 */
final class SignInThrottle {
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    /** Wrong tokens in a row a client may send before it has to wait. */
    static final int FREE_FAILURES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** Forget a client this long after its last wrong token; bounded, so many addresses cannot fill the memory. */
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final Cache<String, Failures> failures = Caffeine.newBuilder().maximumSize(MAX_CLIENTS)
            .expireAfterWrite(FORGET_AFTER).build();

    /** Wrong tokens in a row from one client, and the moment it may try again. */
    private record Failures(int count, Instant retryAt) {
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @return how long {@code client} must still wait before its token is checked; zero when it may try now */
    Duration waitFor(String client) {
        Failures f = failures.getIfPresent(client);
        if (f == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.retryAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a wrong token from {@code client}. */
    void failed(String client) {
        Failures f = failures.asMap().compute(client, (k, old) -> {
            int count = old == null ? 1 : old.count() + 1;
            return new Failures(count, clock.instant().plus(delay(count)));
        });
        log.warn("Admin token refused for client {} ({} wrong in a row; next try allowed in {} s)", client, f.count(),
                delay(f.count()).toSeconds());
    }

    /** A right token: the client starts afresh. */
    void succeeded(String client) {
        failures.invalidate(client);
    }

    /** @return the wait after {@code count} wrong tokens in a row */
    static Duration delay(int count) {
        if (count <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, count - FREE_FAILURES - 1);
        Duration d = FIRST_WAIT.multipliedBy(1L << doublings);
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }

    /** Refuses an attempt made while the client must wait. */
    static final class TooManyAttemptsException extends eu.alpkb.search.Refusal {
        private final long retryAfterSeconds;

        TooManyAttemptsException(Duration wait) {
            super("tooManyTokens", "too many wrong admin tokens from this address; try again in " + retryAfter(wait)
                    + " s", retryAfter(wait));
            this.retryAfterSeconds = retryAfter(wait);
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** @return a wait as whole seconds for {@code Retry-After}, rounded up and at least one */
    static long retryAfter(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** @throws TooManyAttemptsException while {@code client} must wait */
    void check(String client) {
        Duration wait = waitFor(client);
        if (!wait.isZero()) {
            throw new TooManyAttemptsException(wait);
        }
    }
}
