package org.amparo.cases;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A condition an actor must meet before a guarded action, contributed by another bundle (for
 * example the training module: "a best-interests assessment requires the child-protection module").
 * The domain services call every registered guard inside the action, before anything is written;
 * a guard that is not met throws. When the contributing module is switched off its guards go away
 * with it and the action is no longer held back.
 *
 * @since 1.2
 */
@ConsumerType
public interface ActionGuard {
    /** Recording a child's best-interests assessment. */
    String BEST_INTERESTS_ASSESSMENT = "case.best-interests-assessment";
    /** Requesting approval of a child's case plan. */
    String CHILD_CASE_PLAN = "case.child-case-plan";
    /** Closing a case (requesting the closure). */
    String CASE_CLOSURE = "case.closure";
    /** Completing a screening interview. */
    String SCREENING_COMPLETION = "screening.completion";
    /** Sending a referral to a service. */
    String REFERRAL_SEND = "referral.send";

    /**
     * Checks that {@code actor} may perform {@code action} now.
     *
     * @throws org.amparo.common.AccessDeniedException with a message key saying what is missing
     *         (arguments never personal data); the guard audits the refusal itself
     */
    void check(Actor actor, String action);
}
