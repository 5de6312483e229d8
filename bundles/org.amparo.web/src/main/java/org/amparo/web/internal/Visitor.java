package org.amparo.web.internal;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.amparo.common.LanguageTag;
import org.amparo.security.Role;
import org.amparo.security.Session;

/**
 * Who is making a request: the active session if any, whether a session cookie was sent that
 * has expired, the language of the response, and the CSRF token that this visitor's forms carry
 * (the session's, or the pre-session cookie's).
 *
 * @param session   the active session, or null
 * @param expired   true if the session cookie named a session that has expired
 * @param language  the response language
 * @param csrfToken the expected {@code _csrf} value of this visitor's forms
 */
record Visitor(Session session, boolean expired, LanguageTag language, String csrfToken) {
    Optional<Session> activeSession() {
        return Optional.ofNullable(session);
    }

    boolean signedIn() {
        return session != null;
    }

    /** The actor name for audit entries: the user name, or {@code anonymous}. */
    String actor() {
        return session == null ? "anonymous" : session.user().username();
    }

    /** The signed-in user's role names (as in {@link Role}); empty when nobody is signed in. */
    Set<String> roleNames() {
        Set<String> names = new TreeSet<>();
        if (session != null) {
            for (Role role : session.user().roles()) {
                names.add(role.name());
            }
        }
        return Set.copyOf(names);
    }
}
