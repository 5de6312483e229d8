package org.amparo.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A case as its reader may see it.
 *
 * @param id             the case id
 * @param number         the human case number, e.g. {@code 2026-000042}
 * @param personId       the person
 * @param organisationId the organisation that holds the case
 * @param status         the current step
 * @param closureReason  why it was closed (while closed), or empty
 * @param flags          why it is open
 * @param child          true while the person is, or may be, a child (computed when read)
 * @param createdBy      who opened it
 * @param assignedTo     who works on it
 * @param createdAt      when it was opened
 * @param updatedAt      when it last changed
 * @since 1.0
 */
public record CaseView(long id, String number, long personId, long organisationId, CaseStatus status,
        String closureReason, Set<CaseFlag> flags, boolean child, String createdBy, String assignedTo,
        Instant createdAt, Instant updatedAt) {
    public CaseView {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        closureReason = closureReason == null ? "" : closureReason;
        flags = Set.copyOf(flags);
    }
}
