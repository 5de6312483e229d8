package org.amparo.rest.internal;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.CaseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/tasks}: marks a case task done (tasks are listed and added under their case). */
@Component(service = TasksResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("tasks")
public final class TasksResource {
    private final CaseService cases;

    @Activate
    public TasksResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @POST
    @Path("{id}/completion")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.TaskView complete(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.TaskView.of(cases.completeTask(CaseCalls.actor(security), id));
    }
}
