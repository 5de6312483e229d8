package org.amparo.training;

import java.time.Instant;
import java.util.Objects;

import org.amparo.security.Role;

/**
 * A module a role must have completed before it may perform an action.
 *
 * @param action     one of the actions of {@link org.amparo.cases.ActionGuard}, e.g.
 *                   {@link org.amparo.cases.ActionGuard#BEST_INTERESTS_ASSESSMENT}
 * @param role       the role held back
 * @param moduleId   the module required
 * @param requiredBy the country administrator who set the requirement
 * @param requiredAt when
 * @since 1.0
 */
public record Requirement(String action, Role role, String moduleId, String requiredBy, Instant requiredAt) {
    public Requirement {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(requiredBy, "requiredBy");
        Objects.requireNonNull(requiredAt, "requiredAt");
    }
}
