package org.amparo.rest.internal;

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

import org.amparo.interviews.InterviewService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/cases/{id}/screenings}: a case's screening interviews, and starting one. A resource
 * of its own rather than part of {@link CasesResource}, so that it comes and goes with the
 * interview service (and its module) while the rest of the case API stays. The
 * {@link InterviewService} enforces need-to-know on the case and audits.
 */
@Component(service = CaseScreeningsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("cases/{id}/screenings")
public final class CaseScreeningsResource {
    private final InterviewService interviews;

    @Activate
    public CaseScreeningsResource(@Reference InterviewService interviews) {
        this.interviews = interviews;
    }

    /** The case's interviews, newest first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<ScreeningDto.InterviewView> list(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(interviews.ofCase(CaseCalls.actor(security), id), ScreeningDto.InterviewView::of);
    }

    /** Starts a draft with the instruments current now; 201 with the interview. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("id") long id, ScreeningDto.StartRequest body, @Context SecurityContext security) {
        CaseCalls.body(body);
        return Response.status(Response.Status.CREATED)
                .entity(ScreeningDto.InterviewView.of(interviews.start(CaseCalls.actor(security), id, body.personLanguage())))
                .build();
    }
}
