package org.amparo.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.amparo.cases.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Referrals and their lifecycle. The referring side needs access to the case (through the case
 * service's need-to-know rules); the receiving side is a partner caseworker of the organisation that
 * answers for the service, and sees only what was shared. Every read and change is audited;
 * refusals raise {@link org.amparo.common.AccessDeniedException}, bad input
 * {@link org.amparo.common.ValidationException}, a wrong step
 * {@link org.amparo.common.ConflictException}.
 *
 * @since 1.0
 */
@ProviderType
public interface Referrals {
    /** Services for the needs of the case's latest completed screening, ranked with their reasons. */
    CaseMatches match(Actor actor, long caseId, Instant at);

    /** Drafts a referral of the case to a catalogued service. Nothing is shared yet. */
    Referral draft(Actor actor, long caseId, ReferralDraft draft);

    /** Changes a draft. */
    Referral edit(Actor actor, long referralId, ReferralDraft draft);

    /** What sending would share, and whether consent allows it. Shares nothing. */
    SharePreview preview(Actor actor, long referralId);

    /**
     * Sends a draft: the shared values are fixed as they are now and the receiving organisation's
     * inbox shows it. Without the person's consent to be referred and to share with the receiving
     * organisation it is refused, unless {@code override} states why it must go anyway (kept with
     * the referral and audited).
     */
    Referral send(Actor actor, long referralId, String override);

    /** Withdraws a referral that has not ended, with a reason. */
    Referral withdraw(Actor actor, long referralId, String reason);

    Referral get(Actor actor, long referralId);

    /** The referrals of a case, newest first. */
    List<Referral> ofCase(Actor actor, long caseId);

    /** The referral's full history, oldest first. */
    List<ReferralEvent> history(Actor actor, long referralId);

    /** Sent referrals past their answer day on the cases the actor works on, oldest due first. */
    List<Referral> overdue(Actor actor);

    /** The receiving side's inbox: referrals sent to the actor's organisation, newest first. */
    List<Received> inbox(Actor actor, ReferralStatus status, int offset, int limit);

    /** One received referral, as shared. */
    Received received(Actor actor, long referralId);

    /**
     * The receiving side answers: {@code ACCEPTED}, {@code DECLINED} (a reason is required),
     * {@code IN_PROGRESS} or {@code COMPLETED}, each only from the status before it.
     */
    Received answer(Actor actor, long referralId, ReferralStatus next, String reason);

    /**
     * For a service with no account here: the referring side records the service's answer, marked as
     * recorded on its behalf. Refused for a service that answers itself.
     */
    Referral recordAnswer(Actor actor, long referralId, ReferralStatus next, String reason);

    /** Which catalogue organisations answer through which organisation here. */
    List<PartnerLink> links();

    /** Links a catalogue organisation to an organisation here (system or country administrator; audited). */
    PartnerLink link(Actor actor, String catalogOrganizationId, String organisationCode);

    /** Removes a link; referrals already sent keep their receiving organisation. */
    void unlink(Actor actor, String catalogOrganizationId);

    /**
     * Referral counts by status: of the actor's organisation, or all for a system or country
     * administrator. Numbers only.
     */
    Map<ReferralStatus, Long> counts(Actor actor);

    /** Raises a reminder, once, for every sent referral past its answer day; returns how many. */
    int raiseReminders();
}
