package org.amparo.referral;

import java.util.List;

/**
 * Exactly what sending would share, and whether the person's consent allows it.
 *
 * @param referral       the referral
 * @param values         the values that would be shared, field by field
 * @param consentGiven   true if the person gave consent to be referred and to share with the
 *                       receiving organisation
 * @param consentProblem message key of what is missing when not ({@code referral.consent.*}), or empty
 * @param organisationCode the receiving organisation's code as a consent names it, or empty when the
 *                       service has no account here
 * @since 1.0
 */
public record SharePreview(Referral referral, List<SharedValue> values, boolean consentGiven, String consentProblem,
        String organisationCode) {
    public SharePreview {
        values = List.copyOf(values);
        consentProblem = consentProblem == null ? "" : consentProblem;
        organisationCode = organisationCode == null ? "" : organisationCode;
    }
}
