package org.amparo.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands: draft → sent → accepted or declined → in progress → completed, or
 * withdrawn by the referring side at any point before it ends.
 *
 * @since 1.0
 */
public enum ReferralStatus {
    DRAFT, SENT, ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, WITHDRAWN;

    /** The statuses that may follow this one. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT, WITHDRAWN);
            case SENT -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, COMPLETED, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, WITHDRAWN);
            case DECLINED, COMPLETED, WITHDRAWN -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** True once nothing more can happen to the referral. */
    public boolean ended() {
        return next().isEmpty();
    }

    /** The message key of the status's name, e.g. {@code referral.status.SENT}. */
    public String messageKey() {
        return "referral.status." + name();
    }
}
