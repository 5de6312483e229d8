package org.amparo.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Log-in sessions, kept in the database so that any node behind a load balancer can serve any
 * request. The token given to the browser is random; only its SHA-256 hash is stored. A session
 * ends after {@link #IDLE_MINUTES} minutes without use or {@link #ABSOLUTE_HOURS} hours in all.
 *
 * @since 1.0
 */
@ProviderType
public interface SessionService {
    int IDLE_MINUTES = 30;
    int ABSOLUTE_HOURS = 12;

    /** Opens a session for a user who has just authenticated, in their preferred language. */
    Session open(User user);

    /** Looks a token up, and extends an active session's idle time. */
    SessionLookup find(String token);

    /** Changes the session's language (the language switch). */
    void setLanguage(String token, String language);

    /** Ends a session (log-out). Unknown tokens are ignored. */
    void close(String token);
}
