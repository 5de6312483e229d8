package org.amparo.cases;

/**
 * Filters for a case search; {@code null} or empty means any. At most {@link #MAX_LIMIT} results a page.
 *
 * @param name       a name or the start of one, in any script
 * @param number     a case number, exact
 * @param status     a status
 * @param flag       a flag
 * @param assignedTo a user name
 * @param overdue    true: only cases with an overdue task
 * @param offset     results to skip
 * @param limit      page size, 1 to {@link #MAX_LIMIT}
 * @since 1.0
 */
public record CaseQuery(String name, String number, CaseStatus status, CaseFlag flag, String assignedTo,
        boolean overdue, int offset, int limit) {
    public static final int MAX_LIMIT = 50;

    public CaseQuery {
        name = name == null ? "" : name.strip();
        number = number == null ? "" : number.strip();
        assignedTo = assignedTo == null ? "" : assignedTo.strip();
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    public static CaseQuery all(int offset, int limit) {
        return new CaseQuery(null, null, null, null, null, false, offset, limit);
    }
}
