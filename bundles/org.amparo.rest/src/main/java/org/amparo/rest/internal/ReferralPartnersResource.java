package org.amparo.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.referral.Referrals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/referral-partners}: which catalogue organisation answers its referrals through which
 * organisation here. Any signed-in user may read the links (no personal data); linking and unlinking
 * are for system and country administrators ({@link Referrals} enforces it and audits).
 */
@Component(service = ReferralPartnersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("referral-partners")
public final class ReferralPartnersResource {
    private final Referrals referrals;

    @Activate
    public ReferralPartnersResource(@Reference Referrals referrals) {
        this.referrals = referrals;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<ReferralDto.PartnerView> list(@Context SecurityContext security) {
        Access.session(security);
        return CaseDto.Items.of(referrals.links(), ReferralDto.PartnerView::of);
    }

    @GET
    @Path("{catalogOrganizationId}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.PartnerView get(@PathParam("catalogOrganizationId") String id, @Context SecurityContext security) {
        Access.session(security);
        return referrals.links().stream().filter(l -> l.catalogOrganizationId().equals(id)).findFirst()
                .map(ReferralDto.PartnerView::of)
                .orElseThrow(() -> new NotFoundException("rest.referral.unknownPartner", id));
    }

    /** Links the catalogue organisation to the organisation with {@code organisationCode}. */
    @PUT
    @Path("{catalogOrganizationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.PartnerView link(@PathParam("catalogOrganizationId") String id, ReferralDto.PartnerRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        String code = CaseCalls.body(body).organisationCode();
        if (code == null || code.isBlank()) {
            throw ValidationException.of("organisationCode", "rest.field.required");
        }
        return ReferralDto.PartnerView.of(referrals.link(actor, id, code.strip()));
    }

    @DELETE
    @Path("{catalogOrganizationId}")
    public Response unlink(@PathParam("catalogOrganizationId") String id, @Context SecurityContext security) {
        referrals.unlink(CaseCalls.actor(security), id);
        return Response.noContent().build();
    }
}
