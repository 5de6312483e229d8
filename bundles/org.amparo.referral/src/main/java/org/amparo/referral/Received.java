package org.amparo.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as the receiving organisation sees it: only what was shared, as it was when sent.
 *
 * @param id          the referral id
 * @param reference   the referral's reference for both sides (not the case number)
 * @param fromOrganisation the referring organisation's name
 * @param serviceId   the HSDS id of the service
 * @param serviceName the service's name when sent
 * @param status      where it stands
 * @param values      the shared values
 * @param message     the referring caseworker's message
 * @param sentAt      when it was sent
 * @param answerDue   the day an answer is due
 * @param history     its history, as far as the receiving side took part
 * @since 1.0
 */
public record Received(long id, String reference, String fromOrganisation, String serviceId, String serviceName,
        ReferralStatus status, List<SharedValue> values, String message, Instant sentAt, LocalDate answerDue,
        List<ReferralEvent> history) {
    public Received {
        values = List.copyOf(values);
        history = List.copyOf(history);
    }
}
