package org.amparo.rest.internal;

import java.time.Instant;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
 * {@code /api/v1/cases/{id}/matches}: catalogued services for the needs of the case's latest
 * completed screening, ranked with their reasons; a service that cannot serve the person is listed
 * with why. A resource of its own so that it goes away with the referral module; {@link Referrals}
 * enforces need-to-know on the case and audits.
 */
@Component(service = CaseMatchesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("cases/{id}/matches")
public final class CaseMatchesResource {
    private final Referrals referrals;

    @Activate
    public CaseMatchesResource(@Reference Referrals referrals) {
        this.referrals = referrals;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.MatchesView matches(@PathParam("id") long id, @Context SecurityContext security) {
        return ReferralDto.MatchesView.of(referrals.match(CaseCalls.actor(security), id, Instant.now()));
    }
}
