package org.amparo.referral;

import java.time.Instant;

/**
 * One step of a referral's history: a status change, or a reminder ({@code status} then the
 * unchanged status and {@code reminder} true).
 *
 * @param at       when
 * @param status   the status from then on
 * @param actor    who (the user name, or {@code system} for a reminder)
 * @param reason   the reason or note given, or empty
 * @param reminder true for a reminder that an answer is overdue
 * @param onBehalf true when the referring side recorded the service's answer (a service with no
 *                 account here)
 * @since 1.0
 */
public record ReferralEvent(Instant at, ReferralStatus status, String actor, String reason, boolean reminder, boolean onBehalf) {
}
