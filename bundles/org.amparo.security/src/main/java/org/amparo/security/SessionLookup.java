package org.amparo.security;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of looking up a session token: active (with the session), expired (so the user can
 * be told to log in again) or unknown.
 *
 * @since 1.0
 */
public record SessionLookup(State state, Optional<Session> session) {
    public SessionLookup {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(session, "session");
    }

    public static SessionLookup active(Session session) {
        return new SessionLookup(State.ACTIVE, Optional.of(session));
    }

    public static final SessionLookup EXPIRED = new SessionLookup(State.EXPIRED, Optional.empty());
    public static final SessionLookup UNKNOWN = new SessionLookup(State.UNKNOWN, Optional.empty());

    public enum State {
        ACTIVE, EXPIRED, UNKNOWN
    }
}
