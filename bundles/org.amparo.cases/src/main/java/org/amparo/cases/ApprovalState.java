package org.amparo.cases;

/**
 * Where an approval request stands.
 *
 * @since 1.0
 */
public enum ApprovalState {
    PENDING, APPROVED, REJECTED
}
