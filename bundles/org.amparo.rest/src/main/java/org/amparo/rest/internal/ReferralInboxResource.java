package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.FieldError;
import org.amparo.referral.ReferralStatus;
import org.amparo.referral.Referrals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/referral-inbox}: the receiving side. A partner caseworker sees the referrals sent to
 * their organisation, limited to what was shared, and answers them; {@link Referrals} refuses anyone
 * else and audits.
 */
@Component(service = ReferralInboxResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("referral-inbox")
public final class ReferralInboxResource {
    private final Referrals referrals;

    @Activate
    public ReferralInboxResource(@Reference Referrals referrals) {
        this.referrals = referrals;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.ReceivedPage inbox(@QueryParam("status") String status, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        List<FieldError> errors = new ArrayList<>();
        ReferralStatus wanted = status == null || status.isBlank() ? null : ReferralDto.status(status, "status", errors);
        CaseCalls.check(errors);
        Paging paging = Paging.parse(offset, limit);
        return new ReferralDto.ReceivedPage(referrals.inbox(actor, wanted, paging.offset(), paging.limit()).stream()
                .map(ReferralDto.ReceivedView::of).toList(), paging.offset(), paging.limit());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.ReceivedView received(@PathParam("id") long id, @Context SecurityContext security) {
        return ReferralDto.ReceivedView.of(referrals.received(CaseCalls.actor(security), id));
    }

    /** Accepts, declines (with a reason), starts or completes a received referral. */
    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReferralDto.ReceivedView answer(@PathParam("id") long id, ReferralDto.AnswerRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        ReferralDto.AnswerRequest request = CaseCalls.body(body);
        List<FieldError> errors = new ArrayList<>();
        ReferralStatus next = request.next(errors);
        CaseCalls.check(errors);
        return ReferralDto.ReceivedView.of(referrals.answer(actor, id, next, request.reason()));
    }
}
