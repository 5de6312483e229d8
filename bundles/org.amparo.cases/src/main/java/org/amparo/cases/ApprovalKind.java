package org.amparo.cases;

/**
 * What a supervisor approves.
 *
 * @since 1.0
 */
public enum ApprovalKind {
    /** Closing the case; approving it closes the case. */
    CLOSURE,
    /** A child's case plan; approving it moves the case to {@link CaseStatus#CASE_PLAN}. */
    CHILD_CASE_PLAN
}
