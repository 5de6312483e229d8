package org.amparo.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF tokens: generation of the pre-session token and the constant-time comparison of a form's
 * {@code _csrf} field with the expected token (the session's, or the {@code AMPARO_CSRF} cookie's
 * before log-in).
 */
final class Csrf {
    /** Name of the hidden form field. */
    static final String FIELD = "_csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** 256 random bits, URL-safe Base64 without padding (43 characters). */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * True only if both tokens are present, non-empty and equal. The comparison takes the same
     * time wherever the first difference is.
     */
    static boolean matches(String expected, String given) {
        if (expected == null || given == null || expected.isEmpty() || given.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
