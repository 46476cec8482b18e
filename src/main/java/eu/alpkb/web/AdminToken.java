package eu.alpkb.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The administrator token. Compared in constant time over digests, so neither the content nor the length of the
 * configured token leaks through response timing.
 */
public final class AdminToken {
    public static final String ENV = "ALPKB_ADMIN_TOKEN";
    private final byte[] digest;

    private AdminToken(String token) {
        this.digest = token == null ? null : sha256(token);
    }

    /** @return a token, or one that refuses everything when {@code token} is null or blank */
    public static AdminToken of(String token) {
        return new AdminToken(token == null || token.isBlank() ? null : token);
    }

    public static AdminToken fromEnvironment() {
        return of(System.getenv(ENV));
    }

    public boolean configured() {
        return digest != null;
    }

    public boolean matches(String candidate) {
        if (digest == null || candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(candidate));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
