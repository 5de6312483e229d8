package org.amparo.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the record: its sequence number (1, 2, 3 ... without gaps), the time, the event,
 * and the SHA-256 hash (hex) that chains it to the previous entry.
 *
 * @since 1.0
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String target,
        AuditOutcome outcome, String detail, String hash) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(hash, "hash");
    }
}
