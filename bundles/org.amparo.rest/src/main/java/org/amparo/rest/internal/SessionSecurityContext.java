package org.amparo.rest.internal;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.amparo.security.Role;
import org.amparo.security.Session;

/**
 * The security context of an authenticated request: its principal carries the {@link Session}, and
 * {@link #isUserInRole(String)} answers for Amparo's {@link Role} names.
 */
final class SessionSecurityContext implements SecurityContext {
    static final String COOKIE_SCHEME = "AMPARO_SESSION";
    static final String BEARER_SCHEME = "Bearer";

    private final SessionPrincipal principal;
    private final boolean bearer;
    private final boolean secure;

    SessionSecurityContext(Session session, boolean bearer, boolean secure) {
        this.principal = new SessionPrincipal(session);
        this.bearer = bearer;
        this.secure = secure;
    }

    @Override
    public SessionPrincipal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.session().user().roles().stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return bearer ? BEARER_SCHEME : COOKIE_SCHEME;
    }

    /** The user of a session; its name is the user name. Never prints the session's secrets. */
    static final class SessionPrincipal implements Principal {
        private final Session session;

        SessionPrincipal(Session session) {
            this.session = session;
        }

        Session session() {
            return session;
        }

        @Override
        public String getName() {
            return session.user().username();
        }

        @Override
        public String toString() {
            return "SessionPrincipal";
        }
    }
}
