package org.amparo.security;

import java.time.Instant;
import java.util.Objects;

/**
 * An open session.
 *
 * @param token     the secret that identifies the session to its browser (cookie value); never logged
 * @param csrfToken the secret that every state-changing form or API call must echo
 * @since 1.0
 */
public record Session(String token, String csrfToken, User user, String language, Instant createdAt, Instant expiresAt) {
    public Session {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(language, "language");
    }

    @Override
    public String toString() {
        return "Session[user=" + user.username() + ", expiresAt=" + expiresAt + "]";
    }
}
