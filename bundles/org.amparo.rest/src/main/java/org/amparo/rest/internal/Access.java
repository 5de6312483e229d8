package org.amparo.rest.internal;

import java.util.Arrays;

import javax.ws.rs.core.SecurityContext;

import org.amparo.common.AccessDeniedException;
import org.amparo.security.Role;
import org.amparo.security.Session;

/**
 * Role checks for resources. The {@link AuthFilter} has already refused requests without a valid
 * session; a resource reached without one (the filter missing) still gets 401, never data.
 */
final class Access {
    private Access() {
    }

    /** The session of an authenticated request. */
    static Session session(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof SessionSecurityContext.SessionPrincipal principal) {
            return principal.session();
        }
        throw new RestException(ErrorCode.NOT_AUTHENTICATED);
    }

    /** The session, if its user holds at least one of {@code roles}; otherwise 403. */
    static Session requireAny(SecurityContext security, Role... roles) {
        Session session = session(security);
        if (Arrays.stream(roles).noneMatch(session.user()::hasRole)) {
            throw new AccessDeniedException(ErrorCode.ACCESS_DENIED.messageKey());
        }
        return session;
    }
}
