package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.PersonService;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/consent-refusals}: a person's refusal of consent, recorded without any personal
 * data and only counted.
 */
@Component(service = ConsentRefusalsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("consent-refusals")
public final class ConsentRefusalsResource {
    private final PersonService persons;

    @Activate
    public ConsentRefusalsResource(@Reference PersonService persons) {
        this.persons = persons;
    }

    /** Records a refusal ({@code given} must be false); 201 with the stored decision, which names nobody. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response record(CaseDto.ConsentRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        List<FieldError> errors = new ArrayList<>();
        ConsentDecision refusal = CaseCalls.body(body).toDecision("", errors);
        CaseCalls.check(errors);
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(CaseDto.ConsentView.of(persons.recordRefusal(actor, refusal)))
                    .build();
        } catch (ValidationException e) {
            throw CaseCalls.withoutPrefix(e, "consent.");
        }
    }

    /** How many refusals the caller's organisation recorded. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.RefusalCount count(@Context SecurityContext security) {
        return new CaseDto.RefusalCount(persons.refusals(CaseCalls.actor(security)));
    }
}
