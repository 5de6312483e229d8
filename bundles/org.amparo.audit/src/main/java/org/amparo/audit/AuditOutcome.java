package org.amparo.audit;

/**
 * How an audited action ended.
 *
 * @since 1.0
 */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
