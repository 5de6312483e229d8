package org.amparo.cases;

import java.time.Instant;

/**
 * A request for a supervisor's approval and its outcome.
 *
 * @param reason    the requester's reason (for a closure, the closure reason)
 * @param decidedBy the supervisor who decided, or {@code null} while pending
 * @param note      the supervisor's note, or empty
 * @since 1.0
 */
public record Approval(long id, long caseId, ApprovalKind kind, ApprovalState state, String requestedBy,
        Instant requestedAt, String reason, String decidedBy, Instant decidedAt, String note) {
}
