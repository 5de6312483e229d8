package org.amparo.audit;

/**
 * Which entries to read: optional filters (null means any) and a page.
 *
 * @param actor  only this actor, or null
 * @param action only actions starting with this prefix (e.g. {@code auth.}), or null
 * @param offset entries to skip, newest first
 * @param limit  at most this many, 1 to 500
 * @since 1.0
 */
public record AuditQuery(String actor, String action, int offset, int limit) {
    public AuditQuery {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("audit page out of range: offset " + offset + ", limit " + limit);
        }
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, 0, limit);
    }
}
