package org.amparo.referral;

import java.util.Set;

/**
 * What a caseworker fills in for a referral.
 *
 * @param serviceId the HSDS id of a catalogued service
 * @param need      the protection need (taxonomy code) it is for
 * @param fields    what to share with the service
 * @param message   a message to the service (shared with it; may be empty)
 * @param pathwayStep the step of the case's referral pathway this referral carries out, as
 *                  {@code pathwayId/stepId}, or empty; its deadline, when the pack gives one, is
 *                  the day an answer is due
 * @since 1.0
 */
public record ReferralDraft(String serviceId, String need, Set<SharedField> fields, String message, String pathwayStep) {
    public ReferralDraft {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        message = message == null ? "" : message.strip();
        serviceId = serviceId == null ? "" : serviceId.strip();
        need = need == null ? "" : need.strip();
        pathwayStep = pathwayStep == null ? "" : pathwayStep.strip();
    }
}
