package org.amparo.referral;

import java.time.Instant;

/**
 * A catalogue organisation that answers its referrals through an organisation's accounts here.
 *
 * @param catalogOrganizationId the HSDS organisation id
 * @param organisationId        the platform organisation whose partner caseworkers receive them
 * @param linkedBy              who linked them
 * @param linkedAt              when
 * @since 1.0
 */
public record PartnerLink(String catalogOrganizationId, long organisationId, String linkedBy, Instant linkedAt) {
}
