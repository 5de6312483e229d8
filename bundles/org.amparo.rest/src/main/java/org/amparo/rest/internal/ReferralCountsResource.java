package org.amparo.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.referral.Referrals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/referral-counts}: referrals by status, numbers only: the caller's organisation, or
 * all of them for a system or country administrator.
 */
@Component(service = ReferralCountsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("referral-counts")
public final class ReferralCountsResource {
    private final Referrals referrals;

    @Activate
    public ReferralCountsResource(@Reference Referrals referrals) {
        this.referrals = referrals;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.CountsView counts(@Context SecurityContext security) {
        return ReferralDto.CountsView.of(referrals.counts(CaseCalls.actor(security)));
    }
}
