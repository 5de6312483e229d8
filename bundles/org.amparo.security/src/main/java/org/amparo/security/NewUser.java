package org.amparo.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * What is needed to create an account. Validated by {@link UserService#create}; the password is
 * held as a char array so the caller can wipe it.
 *
 * @since 1.0
 */
public record NewUser(String username, String displayName, long organisationId, Set<Role> roles, char[] password,
        String language) {
    public NewUser {
        Objects.requireNonNull(roles, "roles");
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", roles=" + roles + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NewUser u && Objects.equals(username, u.username) && Arrays.equals(password, u.password);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
