package org.amparo.cases;

import java.util.Objects;
import java.util.Set;

import org.amparo.security.Role;

/**
 * The user on whose behalf a service call is made, as the adapter authenticated them.
 *
 * @param username       the user's log-in name
 * @param organisationId the organisation the user works for
 * @param roles          the user's roles (may be empty: such a user may do nothing here)
 * @since 1.0
 */
public record Actor(String username, long organisationId, Set<Role> roles) {
    public Actor {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("actor without a user name");
        }
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
