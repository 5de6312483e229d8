package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.FieldError;
import org.amparo.referral.ReferralDraft;
import org.amparo.referral.ReferralStatus;
import org.amparo.referral.Referrals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/referrals}: one referral as the referring side sees it; changing a draft, previewing
 * exactly what sending would share, sending (refused with 409 without the person's consent unless an
 * override says why), withdrawing, its history, recording the answer of a service that has no account
 * here, and the referrals awaiting an answer past their day. {@link Referrals} decides access and
 * audits.
 */
@Component(service = ReferralsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("referrals")
public final class ReferralsResource {
    private final Referrals referrals;

    @Activate
    public ReferralsResource(@Reference Referrals referrals) {
        this.referrals = referrals;
    }

    /** Sent referrals past their answer day on the caller's cases, oldest due first. */
    @GET
    @Path("overdue")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<ReferralDto.ReferralView> overdue(@Context SecurityContext security) {
        return CaseDto.Items.of(referrals.overdue(CaseCalls.actor(security)), ReferralDto.ReferralView::of);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.ReferralView get(@PathParam("id") long id, @Context SecurityContext security) {
        return ReferralDto.ReferralView.of(referrals.get(CaseCalls.actor(security), id));
    }

    /** Changes a draft. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.ReferralView edit(@PathParam("id") long id, ReferralDto.DraftRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        List<FieldError> errors = new ArrayList<>();
        ReferralDraft draft = CaseCalls.body(body).toDraft(errors);
        CaseCalls.check(errors);
        return ReferralDto.ReferralView.of(referrals.edit(actor, id, draft));
    }

    @GET
    @Path("{id}/preview")
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.PreviewView preview(@PathParam("id") long id, @Context SecurityContext security) {
        return ReferralDto.PreviewView.of(referrals.preview(CaseCalls.actor(security), id));
    }

    @POST
    @Path("{id}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.ReferralView send(@PathParam("id") long id, ReferralDto.SendRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        String override = CaseCalls.body(body).override();
        return ReferralDto.ReferralView.of(referrals.send(actor, id, override == null ? "" : override.strip()));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.ReferralView withdraw(@PathParam("id") long id, ReferralDto.WithdrawRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        String reason = CaseCalls.body(body).reason();
        if (reason == null || reason.isBlank()) {
            throw org.amparo.common.ValidationException.of("reason", "rest.field.required");
        }
        return ReferralDto.ReferralView.of(referrals.withdraw(actor, id, reason.strip()));
    }

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<ReferralDto.EventView> history(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(referrals.history(CaseCalls.actor(security), id), ReferralDto.EventView::of);
    }

    /** For a service with no account here: the referring side records its answer, marked as such. */
    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.ReferralView recordAnswer(@PathParam("id") long id, ReferralDto.AnswerRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        ReferralDto.AnswerRequest request = CaseCalls.body(body);
        List<FieldError> errors = new ArrayList<>();
        ReferralStatus next = request.next(errors);
        CaseCalls.check(errors);
        return ReferralDto.ReferralView.of(referrals.recordAnswer(actor, id, next, request.reason()));
    }
}
