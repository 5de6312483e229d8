package org.amparo.security.internal;

import java.time.Instant;

/** A session row: the token itself is never stored, only its SHA-256. */
record StoredSession(String tokenHash, long userId, String csrfToken, String language, Instant createdAt,
        Instant lastSeenAt, Instant expiresAt) {

    @Override
    public String toString() {
        return "StoredSession[user " + userId + ", expires " + expiresAt + "]";
    }
}
