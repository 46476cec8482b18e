package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.alpkb.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    final ManualClock clock = new ManualClock("2026-01-01T00:00:00Z");
    final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void a_few_typos_cost_nothing() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed("192.0.2.7");
            assertThat(throttle.waitFor("192.0.2.7")).isZero();
        }
    }

    @Test
    void each_further_wrong_token_doubles_the_wait_up_to_a_cap() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed("192.0.2.7");
        }
        Duration last = Duration.ZERO;
        for (int i = 0; i < 20; i++) {
            throttle.failed("192.0.2.7");
            Duration wait = throttle.waitFor("192.0.2.7");
            assertThat(wait).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(SignInThrottle.MAX_WAIT);
            last = wait;
        }
        assertThat(last).isEqualTo(SignInThrottle.MAX_WAIT);
        assertThat(SignInThrottle.delay(SignInThrottle.FREE_FAILURES + 1)).isEqualTo(SignInThrottle.FIRST_WAIT);
        assertThat(SignInThrottle.delay(SignInThrottle.FREE_FAILURES + 3)).isEqualTo(
                SignInThrottle.FIRST_WAIT.multipliedBy(4));
    }

    @Test
    void an_attempt_while_waiting_is_refused_and_the_wait_runs_out() {
        for (int i = 0; i <= SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed("192.0.2.7");
        }
        assertThatThrownBy(() -> throttle.check("192.0.2.7"))
                .isInstanceOf(SignInThrottle.TooManyAttemptsException.class)
                .hasMessageContaining("try again in 1 s");
        clock.advance(Duration.ofSeconds(2));
        throttle.check("192.0.2.7");
    }

    @Test
    void clients_are_counted_apart_and_a_right_token_starts_afresh() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("192.0.2.7");
        }
        assertThat(throttle.waitFor("198.51.100.1")).isZero();
        throttle.succeeded("192.0.2.7");
        assertThat(throttle.waitFor("192.0.2.7")).isZero();
        throttle.failed("192.0.2.7");
        assertThat(throttle.waitFor("192.0.2.7")).isZero();
    }
}
