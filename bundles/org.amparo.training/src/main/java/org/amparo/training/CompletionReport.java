package org.amparo.training;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.amparo.security.Role;

/**
 * Who in an organisation has enrolled in and completed which module.
 *
 * @param organisationId the organisation
 * @param generatedAt    when the report was made
 * @param moduleIds      the modules reported, in the order of {@link Training#modules()}
 * @param users          every account of the organisation, by user name
 * @since 1.0
 */
public record CompletionReport(long organisationId, Instant generatedAt, List<String> moduleIds, List<UserRow> users) {
    public CompletionReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        moduleIds = List.copyOf(moduleIds);
        users = List.copyOf(users);
    }

    /**
     * One user's line.
     *
     * @param username    log-in name
     * @param displayName how the user is named on screen
     * @param roles       the user's roles
     * @param enabled     false for a disabled account
     * @param modules     one cell per module, in the order of {@link CompletionReport#moduleIds()}
     */
    public record UserRow(String username, String displayName, Set<Role> roles, boolean enabled, List<Cell> modules) {
        public UserRow {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(displayName, "displayName");
            roles = Set.copyOf(roles);
            modules = List.copyOf(modules);
        }
    }

    /**
     * One user and one module.
     *
     * @param moduleId   the module
     * @param enrolledAt when the user enrolled; {@code null} when not enrolled
     * @param completion the completion that counts now; {@code null} when none
     */
    public record Cell(String moduleId, Instant enrolledAt, Completion completion) {
        public Cell {
            Objects.requireNonNull(moduleId, "moduleId");
        }

        public boolean enrolled() {
            return enrolledAt != null;
        }

        public boolean completed() {
            return completion != null;
        }
    }
}
