package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.FieldError;
import org.amparo.referral.Pathways;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/cases/{id}/pathways}: the national referral pathways that fit the case, as
 * checklists with the deadlines of the country pack; marking a step done and taking the mark back.
 * Goes away with the referral module; {@link Pathways} enforces access to the case and audits.
 */
@Component(service = CasePathwaysResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("cases/{id}/pathways")
public final class CasePathwaysResource {
    private final Pathways pathways;

    @Activate
    public CasePathwaysResource(@Reference Pathways pathways) {
        this.pathways = pathways;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<ReferralDto.ChecklistView> checklist(@PathParam("id") long id, @Context SecurityContext security) {
        return new CaseDto.Items<>(ReferralDto.checklists(pathways.checklist(CaseCalls.actor(security), id)));
    }

    @POST
    @Path("{pathwayId}/{stepId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<ReferralDto.ChecklistView> markDone(@PathParam("id") long id, @PathParam("pathwayId") String pathwayId,
            @PathParam("stepId") String stepId, ReferralDto.StepDoneRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        ReferralDto.StepDoneRequest request = CaseCalls.body(body);
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate doneOn = request.date(errors);
        CaseCalls.check(errors);
        return new CaseDto.Items<>(ReferralDto.checklists(pathways.markDone(actor, id, pathwayId, stepId, doneOn, request.note())));
    }

    @DELETE
    @Path("{pathwayId}/{stepId}")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<ReferralDto.ChecklistView> unmark(@PathParam("id") long id, @PathParam("pathwayId") String pathwayId,
            @PathParam("stepId") String stepId, @Context SecurityContext security) {
        return new CaseDto.Items<>(ReferralDto.checklists(pathways.unmark(CaseCalls.actor(security), id, pathwayId, stepId)));
    }
}
