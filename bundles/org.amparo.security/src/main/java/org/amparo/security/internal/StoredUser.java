package org.amparo.security.internal;

import java.time.Instant;
import java.util.Set;

import org.amparo.security.Role;
import org.amparo.security.User;

/** An account row as this bundle sees it, with the password hash and failure counter that never leave it. */
record StoredUser(long id, String username, String displayName, long organisationId, Set<Role> roles, boolean enabled,
        int failedAttempts, Instant lockedUntil, String language, Instant createdAt, String passwordHash) {

    User toUser() {
        return new User(id, username, displayName, organisationId, roles, enabled, lockedUntil, language, createdAt);
    }

    @Override
    public String toString() {
        return "StoredUser[" + id + "]";
    }
}
