package org.amparo.cases.internal;

import java.time.Instant;

import org.amparo.cases.CaseStatus;

/** A stored case as the services read it before deciding who may see it. */
record CaseRow(long id, String number, long personId, long organisationId, CaseStatus status, String closureReason,
        String createdBy, String assignedTo, Instant createdAt, Instant updatedAt) {
}
