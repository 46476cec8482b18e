package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdminSessionsTest {
    final ManualClock clock = new ManualClock("2014-10-22T08:00:00Z");
    final AdminSessions sessions = new AdminSessions(clock);

    @Test
    void signing_in_replaces_the_anonymous_session_with_a_new_id_and_csrf_token() {
        AdminSessions.Session anonymous = sessions.anonymous();
        AdminSessions.Session signedIn = sessions.signIn(anonymous.id());
        assertThat(signedIn.id()).isNotEqualTo(anonymous.id());
        assertThat(signedIn.csrf()).isNotEqualTo(anonymous.csrf());
        assertThat(sessions.find(anonymous.id())).isEmpty();
        assertThat(sessions.signedIn(signedIn.id())).isPresent();
        assertThat(sessions.signedIn(sessions.anonymous().id())).isEmpty();
    }

    @Test
    void ids_and_tokens_are_long_and_random() {
        AdminSessions.Session a = sessions.anonymous();
        AdminSessions.Session b = sessions.anonymous();
        assertThat(a.id()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(b.id());
        assertThat(a.csrf()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(b.csrf()).isNotEqualTo(a.id());
    }

    @Test
    void a_signed_in_session_ends_after_idle_time_but_use_keeps_it_alive_up_to_its_maximum_age() {
        AdminSessions.Session s = sessions.signIn(null);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(90));
            boolean withinMaximum = Duration.ofMinutes(90L * (i + 1)).compareTo(AdminSessions.SIGNED_IN_MAX) <= 0;
            assertThat(sessions.signedIn(s.id()).isPresent()).as("after %d uses", i + 1).isEqualTo(withinMaximum);
        }
        AdminSessions.Session idle = sessions.signIn(null);
        clock.advance(AdminSessions.SIGNED_IN_IDLE.plusSeconds(1));
        assertThat(sessions.signedIn(idle.id())).isEmpty();
    }

    @Test
    void csrf_tokens_match_only_exactly() {
        AdminSessions.Session s = sessions.signIn(null);
        assertThat(s.csrfMatches(s.csrf())).isTrue();
        assertThat(s.csrfMatches(s.csrf() + "x")).isFalse();
        assertThat(s.csrfMatches("")).isFalse();
        assertThat(s.csrfMatches(null)).isFalse();
    }

    @Test
    void sign_out_ends_the_session() {
        AdminSessions.Session s = sessions.signIn(null);
        sessions.end(s.id());
        assertThat(sessions.find(s.id())).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("no-such-id")).isEmpty();
    }

    @Test
    void a_flood_of_anonymous_visits_cannot_grow_the_store_without_bound() {
        for (int i = 0; i < AdminSessions.MAX_SESSIONS + 500; i++) {
            sessions.anonymous();
        }
        assertThat(sessions.size()).isLessThanOrEqualTo(AdminSessions.MAX_SESSIONS);
        AdminSessions.Session admin = sessions.signIn(null);
        assertThat(sessions.signedIn(admin.id())).isPresent();
    }
}
