package org.amparo.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A user account as others may see it (never the password hash).
 *
 * @param username       unique log-in name: 3 to 64 of {@code a-z 0-9 . _ -}
 * @param displayName    how the user is named on screen
 * @param organisationId the organisation the user works for
 * @param roles          at least one
 * @param enabled        false once disabled by an administrator
 * @param lockedUntil    set while locked after repeated failed log-ins, otherwise null
 * @param language       preferred language tag
 * @since 1.0
 */
public record User(long id, String username, String displayName, long organisationId, Set<Role> roles,
        boolean enabled, Instant lockedUntil, String language, Instant createdAt) {
    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
