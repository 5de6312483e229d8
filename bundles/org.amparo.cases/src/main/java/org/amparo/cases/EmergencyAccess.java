package org.amparo.cases;

import java.time.Instant;

/**
 * A time-limited right to read one case the user could not otherwise see ("break the glass"),
 * granted on a stated reason and audited.
 *
 * @since 1.0
 */
public record EmergencyAccess(long caseId, String username, String reason, Instant grantedAt, Instant expiresAt) {
}
