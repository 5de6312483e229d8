package org.amparo.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What happened, before it becomes an entry.
 *
 * @param actor   who acted: a user name, or {@code system}, or {@code anonymous}
 * @param action  a dotted code, e.g. {@code auth.login}, {@code user.create}, {@code case.read}
 * @param target  what it was done to, by id (e.g. {@code user:ana}, {@code case:42}); may be empty
 * @param outcome success, failure or denied
 * @param detail  a short machine-readable detail (a reason code, a channel); never personal data
 * @since 1.0
 */
public record AuditEvent(String actor, String action, String target, AuditOutcome outcome, String detail) {
    private static final Pattern ACTION = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be a dotted code: " + action);
        }
        if (actor.isBlank() || actor.length() > 100 || target.length() > 200 || detail.length() > 500) {
            throw new IllegalArgumentException("audit actor, target or detail is empty or too long");
        }
    }

    public static AuditEvent success(String actor, String action, String target, String detail) {
        return new AuditEvent(actor, action, target, AuditOutcome.SUCCESS, detail);
    }

    public static AuditEvent failure(String actor, String action, String target, String detail) {
        return new AuditEvent(actor, action, target, AuditOutcome.FAILURE, detail);
    }

    public static AuditEvent denied(String actor, String action, String target, String detail) {
        return new AuditEvent(actor, action, target, AuditOutcome.DENIED, detail);
    }
}
