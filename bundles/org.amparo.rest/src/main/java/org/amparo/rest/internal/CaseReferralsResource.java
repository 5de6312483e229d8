package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.FieldError;
import org.amparo.referral.ReferralDraft;
import org.amparo.referral.Referrals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/cases/{id}/referrals}: a case's referrals, newest first, and drafting one (nothing
 * is shared until it is sent). Goes away with the referral module; {@link Referrals} enforces
 * need-to-know and audits.
 */
@Component(service = CaseReferralsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("cases/{id}/referrals")
public final class CaseReferralsResource {
    private final Referrals referrals;

    @Activate
    public CaseReferralsResource(@Reference Referrals referrals) {
        this.referrals = referrals;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<ReferralDto.ReferralView> list(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(referrals.ofCase(CaseCalls.actor(security), id), ReferralDto.ReferralView::of);
    }

    /** Drafts a referral; 201 with it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response draft(@PathParam("id") long id, ReferralDto.DraftRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        List<FieldError> errors = new ArrayList<>();
        ReferralDraft draft = CaseCalls.body(body).toDraft(errors);
        CaseCalls.check(errors);
        return Response.status(Response.Status.CREATED)
                .entity(ReferralDto.ReferralView.of(referrals.draft(actor, id, draft))).build();
    }
}
