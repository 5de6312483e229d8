package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.FieldError;
import org.amparo.common.Languages;
import org.amparo.common.Messages;
import org.amparo.interviews.Interview;
import org.amparo.interviews.InterviewService;
import org.amparo.screening.Answer;
import org.amparo.screening.Determination;
import org.amparo.screening.InstrumentSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/screenings}: one interview, its answers, completing and re-running it, its
 * determination with every explanation, and the exact questions it asks. Answers travel in bodies
 * only. Texts come in the caller's language ({@code Accept-Language}, else the session's); every
 * determination carries the notice that it is decision support, not an identification. The
 * {@link InterviewService} enforces need-to-know on the case and audits.
 */
@Component(service = ScreeningsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("screenings")
public final class ScreeningsResource {
    private final InterviewService interviews;
    private final Messages messages;

    @Activate
    public ScreeningsResource(@Reference InterviewService interviews, @Reference Messages messages) {
        this.interviews = interviews;
        this.messages = messages;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ScreeningDto.InterviewView get(@PathParam("id") long id, @Context SecurityContext security) {
        return ScreeningDto.InterviewView.of(interviews.get(CaseCalls.actor(security), id));
    }

    /**
     * Saves answers to a draft, replacing earlier answers to the same questions; all or nothing: a
     * wrong answer is a 400 naming {@code answers.<question id>}, and nothing is saved.
     */
    @PUT
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ScreeningDto.InterviewView answer(@PathParam("id") long id, ScreeningDto.AnswersRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Answer> answers = ScreeningDto.answers(CaseCalls.body(body), errors);
        CaseCalls.check(errors);
        return ScreeningDto.InterviewView.of(interviews.answer(actor, id, answers));
    }

    /** Completes a draft: its answers become final and its determination is kept. */
    @POST
    @Path("{id}/completion")
    @Produces(MediaType.APPLICATION_JSON)
    public ScreeningDto.InterviewView complete(@PathParam("id") long id, @Context SecurityContext security) {
        return ScreeningDto.InterviewView.of(interviews.complete(CaseCalls.actor(security), id));
    }

    /** Runs a completed interview again under the current instruments; 201 with the new draft. */
    @POST
    @Path("{id}/rerun")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response rerun(@PathParam("id") long id, ScreeningDto.RerunRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        Interview rerun = interviews.rerun(actor, id, CaseCalls.body(body).reason());
        return Response.status(Response.Status.CREATED).entity(ScreeningDto.InterviewView.of(rerun)).build();
    }

    /** The determination: as computed for a completed interview, a preview for a draft. */
    @GET
    @Path("{id}/determination")
    @Produces(MediaType.APPLICATION_JSON)
    public ScreeningDto.DeterminationView determination(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        ScreeningDto.Texts texts = new ScreeningDto.Texts(messages, CaseCalls.language(messages, acceptLanguage, security));
        Determination determination = interviews.determination(actor, id);
        InstrumentSet set = interviews.instruments(actor, id);
        return ScreeningDto.DeterminationView.of(id, determination, set, texts);
    }

    /** The exact questions the interview asks, with their texts in the caller's and the person's language. */
    @GET
    @Path("{id}/questions")
    @Produces(MediaType.APPLICATION_JSON)
    public ScreeningDto.QuestionsView questions(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        ScreeningDto.Texts texts = new ScreeningDto.Texts(messages, CaseCalls.language(messages, acceptLanguage, security));
        Interview interview = interviews.get(actor, id);
        ScreeningDto.Texts person = Languages.supported(interview.personLanguage(), messages.languages())
                .map(language -> new ScreeningDto.Texts(messages, language)).orElse(null);
        return ScreeningDto.QuestionsView.of(id, interview.personLanguage(), interviews.instruments(actor, id), texts, person);
    }
}
