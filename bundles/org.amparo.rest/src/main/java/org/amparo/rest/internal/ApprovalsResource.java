package org.amparo.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseService;
import org.amparo.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/approvals}: a supervisor's decision on a pending request (requests are made and
 * listed under their case).
 */
@Component(service = ApprovalsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("approvals")
public final class ApprovalsResource {
    private final CaseService cases;

    @Activate
    public ApprovalsResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    /** Approves or rejects; approving a closure closes the case, a child's case plan moves it to CASE_PLAN. */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.ApprovalView decide(@PathParam("id") long id, CaseDto.DecisionRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        CaseDto.DecisionRequest request = CaseCalls.body(body);
        if (request.approve() == null) {
            throw ValidationException.of("approve", "rest.field.required");
        }
        return CaseDto.ApprovalView.of(cases.decide(actor, id, request.approve(), request.note()));
    }
}
