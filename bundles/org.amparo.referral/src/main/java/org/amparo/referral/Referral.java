package org.amparo.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A referral as the referring side sees it. The service and organisation names are kept as they
 * were when the referral was made, so the referral reads the same after the service leaves the
 * catalogue.
 *
 * @param id               the referral id
 * @param caseId           the case it belongs to
 * @param caseNumber       the case's number
 * @param fromOrganisationId the referring organisation
 * @param createdBy        who drafted it
 * @param serviceId        the HSDS id of the service
 * @param serviceName      the service's name then
 * @param catalogOrganizationId the HSDS id of the service's organisation
 * @param organizationName the organisation's name then
 * @param toOrganisationId the platform organisation that answers for the service, or {@code null}
 *                         when the service has no account here (the referring side then records
 *                         its answers)
 * @param need             the protection need (taxonomy code) it is for
 * @param status           where it stands
 * @param fields           what is shared
 * @param message          a message to the receiving service (shared with it)
 * @param pathwayStep      the pathway step it carries out ({@code pathwayId/stepId}), or empty
 * @param consentOverride  the reason it was sent without the person's consent to share, or empty
 * @param answerDue        the day an answer is due after sending, or {@code null} before sending
 * @param reminded         true once a reminder was raised for a missing answer
 * @param reason           why it was declined or withdrawn, or empty
 * @param createdAt        when it was drafted
 * @param sentAt           when it was sent, or {@code null}
 * @param updatedAt        when it last changed
 * @since 1.0
 */
public record Referral(long id, long caseId, String caseNumber, long fromOrganisationId, String createdBy, String serviceId,
        String serviceName, String catalogOrganizationId, String organizationName, Long toOrganisationId, String need,
        ReferralStatus status, Set<SharedField> fields, String message, String pathwayStep, String consentOverride, LocalDate answerDue,
        boolean reminded, String reason, Instant createdAt, Instant sentAt, Instant updatedAt) {
    public Referral {
        Objects.requireNonNull(status, "status");
        fields = Set.copyOf(fields);
        message = message == null ? "" : message;
        pathwayStep = pathwayStep == null ? "" : pathwayStep;
        consentOverride = consentOverride == null ? "" : consentOverride;
        reason = reason == null ? "" : reason;
    }

    /** True while an answer is awaited past its due day. */
    public boolean overdue(LocalDate today) {
        return status == ReferralStatus.SENT && answerDue != null && today.isAfter(answerDue);
    }
}
