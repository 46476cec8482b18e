package eu.alpkb.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The admin page's sessions, in memory: a random id in an HttpOnly cookie maps to a session here, so the admin
 * token never travels again after sign-in and never appears in an address. Each session has its own CSRF token
 * for the forms and for the page's scripts. A visitor who has not signed in yet gets an anonymous session too, so
 * that the sign-in form itself carries a CSRF token. Sessions end after a period without use and after a maximum
 * age; a restart ends them all, which only means signing in again.
 */
final class AdminSessions {
    static final String COOKIE = "alpkb_admin";
    static final Duration SIGNED_IN_IDLE = Duration.ofHours(2);
    static final Duration SIGNED_IN_MAX = Duration.ofHours(12);
    static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(30);
    /** Bounds the memory a flood of anonymous visits can take; the oldest sessions give way first. */
    static final int MAX_SESSIONS = 2_000;
    private static final int ID_BYTES = 32;

    /**
     * One session.
     *
     * @param csrf     the token forms and scripts must send back with every change
     * @param signedIn whether the admin token was given
     */
    record Session(String id, String csrf, boolean signedIn, Instant created, Instant lastSeen) {
        /** @return whether {@code candidate} is this session's CSRF token, compared in constant time */
        boolean csrfMatches(String candidate) {
            return candidate != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    candidate.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new LinkedHashMap<>();

    AdminSessions(Clock clock) {
        this.clock = clock;
    }

    /** @return a new session that has not signed in */
    synchronized Session anonymous() {
        return add(false);
    }

    /**
     * Signs in: the previous session, if any, ends and a new one with a new id and CSRF token starts, so an id
     * known before sign-in is worth nothing after it.
     */
    synchronized Session signIn(String previousId) {
        if (previousId != null) {
            sessions.remove(previousId);
        }
        return add(true);
    }

    private Session add(boolean signedIn) {
        purge();
        Iterator<String> oldest = sessions.keySet().iterator();
        while (sessions.size() >= MAX_SESSIONS && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        Instant now = clock.instant();
        Session s = new Session(randomToken(), randomToken(), signedIn, now, now);
        sessions.put(s.id(), s);
        return s;
    }

    private String randomToken() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @return the live session with this id, touched so that its idle time starts again; empty if none */
    synchronized Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.csrf(), s.signedIn(), s.created(), now);
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    /** @return the signed-in session with this id, if any */
    Optional<Session> signedIn(String id) {
        return find(id).filter(Session::signedIn);
    }

    /** Ends the session. */
    synchronized void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    synchronized int size() {
        return sessions.size();
    }

    private boolean expired(Session s, Instant now) {
        if (s.signedIn()) {
            return now.isAfter(s.lastSeen().plus(SIGNED_IN_IDLE)) || now.isAfter(s.created().plus(SIGNED_IN_MAX));
        }
        return now.isAfter(s.lastSeen().plus(ANONYMOUS_IDLE));
    }

    private void purge() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }
}
