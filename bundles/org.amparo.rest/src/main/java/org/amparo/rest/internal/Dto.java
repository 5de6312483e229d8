package org.amparo.rest.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditVerification;
import org.amparo.security.Organisation;
import org.amparo.security.Role;
import org.amparo.security.User;

/**
 * Every JSON body the API reads or writes. Domain types are never serialised directly, so that no
 * secret (password hash, session token) can leak by accident; the only secret written is the CSRF
 * token in {@link Login}. Times are ISO-8601 strings in UTC ({@code 2025-01-31T09:15:00Z}).
 */
final class Dto {
    private Dto() {
    }

    /** The error reply: {@code {"error":{...}}}. */
    public record ErrorBody(ErrorDetail error) {
    }

    /** @param incident set only for unexpected errors (500): the id under which the cause was logged */
    public record ErrorDetail(String code, String message, List<FieldMessage> fields,
            @JsonInclude(JsonInclude.Include.NON_NULL) String incident) {
        public ErrorDetail {
            fields = List.copyOf(fields);
        }
    }

    public record FieldMessage(String field, String code, String message) {
    }

    public record Health(String status, String database, String version) {
    }

    public record LoginRequest(String username, char[] password) {
        @Override
        public String toString() {
            return "LoginRequest[****]";
        }
    }

    public record Login(String username, String displayName, List<String> roles, String csrfToken) {
        @Override
        public String toString() {
            return "Login[roles=" + roles + "]";
        }
    }

    /** @param organisationCode null if the organisation is not found */
    public record Me(String username, String displayName, long organisationId, String organisationCode,
            List<String> roles, String language, String expiresAt) {
    }

    /** @param organisationCode null if the organisation is not found; @param lockedUntil null unless locked */
    public record UserView(String username, String displayName, long organisationId, String organisationCode,
            List<String> roles, boolean enabled, boolean locked, String lockedUntil, String language, String createdAt) {
        static UserView of(User user, String organisationCode, Instant now) {
            return new UserView(user.username(), user.displayName(), user.organisationId(), organisationCode,
                    roleNames(user.roles()), user.enabled(), user.isLocked(now), iso(user.lockedUntil()),
                    user.language(), iso(user.createdAt()));
        }
    }

    public record NewUserRequest(String username, String displayName, String organisationCode, List<String> roles,
            char[] password, String language) {
        @Override
        public String toString() {
            return "NewUserRequest[roles=" + roles + "]";
        }
    }

    public record OrganisationView(long id, String code, String name, String country, boolean demo) {
        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(organisation.id(), organisation.code(), organisation.name(),
                    organisation.country(), organisation.demo());
        }
    }

    public record AuditEntryView(long sequence, String at, String actor, String action, String target, String outcome,
            String detail, String hash) {
        static AuditEntryView of(AuditEntry entry) {
            return new AuditEntryView(entry.sequence(), iso(entry.at()), entry.actor(), entry.action(), entry.target(),
                    entry.outcome().name(), entry.detail(), entry.hash());
        }
    }

    /** @param problem a message key, empty when intact; @param message the localised result */
    public record Verification(boolean intact, long entriesChecked, long firstBroken, String problem, String message) {
        static Verification of(AuditVerification verification, String message) {
            return new Verification(verification.intact(), verification.entriesChecked(), verification.firstBroken(),
                    verification.problem(), message);
        }
    }

    /** @param total the number of items in all pages, or null where it is not counted */
    public record PageOf<T>(List<T> items, int offset, int limit, Long total) {
        public PageOf {
            items = List.copyOf(items);
        }
    }

    /** Role names in the order of {@link Role}. */
    static List<String> roleNames(Set<Role> roles) {
        return roles.stream().sorted(Comparator.naturalOrder()).map(Role::name).toList();
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
