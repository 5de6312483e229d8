package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.FieldError;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.training.Requirement;
import org.amparo.training.Training;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/training}: the modules (a module to take never carries its correct answers), the
 * caller's own enrolments, lessons read and quiz attempts (the result of an attempt explains each
 * question), completion reports per organisation (the organisation's supervisors and country
 * administrators), and the modules a role must have completed before an action (any signed-in user
 * reads them; country administrators set and drop them). {@link Training} decides access and
 * audits; it is there only while the module {@code training} is on, so these endpoints go away
 * with it.
 */
@Component(service = TrainingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("training")
public final class TrainingResource {
    private final Training training;
    private final OrganisationService organisations;
    private final Messages messages;

    @Activate
    public TrainingResource(@Reference Training training, @Reference OrganisationService organisations,
            @Reference Messages messages) {
        this.training = training;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GET
    @Path("modules")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<TrainingDto.ModuleSummary> modules(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        Access.session(security);
        ScreeningDto.Texts texts = texts(acceptLanguage, security);
        return CaseDto.Items.of(training.modules(), m -> TrainingDto.ModuleSummary.of(m, texts));
    }

    /** A module's lessons and quiz questions, without the correct answers. */
    @GET
    @Path("modules/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public TrainingDto.ModuleView module(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        Access.session(security);
        return training.module(id).map(m -> TrainingDto.ModuleView.of(m, texts(acceptLanguage, security)))
                .orElseThrow(() -> new NotFoundException("training.error.unknownModule", id));
    }

    /** The caller's own progress in every module. */
    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<TrainingDto.ProgressView> progress(@Context SecurityContext security) {
        return CaseDto.Items.of(training.progress(CaseCalls.actor(security)), TrainingDto.ProgressView::of);
    }

    /** Enrols the caller (enrolling again changes nothing). */
    @POST
    @Path("modules/{id}/enrolment")
    @Produces(MediaType.APPLICATION_JSON)
    public TrainingDto.ProgressView enrol(@PathParam("id") String id, @Context SecurityContext security) {
        return TrainingDto.ProgressView.of(training.enrol(CaseCalls.actor(security), id));
    }

    @POST
    @Path("modules/{id}/lessons/{lessonId}/read")
    @Produces(MediaType.APPLICATION_JSON)
    public TrainingDto.ProgressView lessonRead(@PathParam("id") String id, @PathParam("lessonId") String lessonId,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        try {
            return TrainingDto.ProgressView.of(training.markLessonRead(actor, id, lessonId));
        } catch (ValidationException e) {
            if (e.errors().stream().anyMatch(f -> f.field().equals("lessonId"))) {
                throw new NotFoundException("training.error.unknownLesson", lessonId);
            }
            throw e;
        }
    }

    /** Scores and records an attempt at the module's quiz: 201 with the result, question by question. */
    @POST
    @Path("modules/{id}/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response attempt(@PathParam("id") String id, TrainingDto.AttemptRequest body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        Map<String, List<String>> given = CaseCalls.body(body).answers();
        if (given == null) {
            throw ValidationException.of("answers", "rest.field.required");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            if (e.getValue() == null || e.getValue().stream().anyMatch(o -> o == null)) {
                errors.add(new FieldError("answers." + e.getKey(), "rest.field.invalidValue"));
            } else {
                answers.put(e.getKey(), new LinkedHashSet<>(e.getValue()));
            }
        }
        CaseCalls.check(errors);
        TrainingDto.ResultView result = TrainingDto.ResultView.of(training.submitQuiz(actor, id, answers),
                texts(acceptLanguage, security));
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    /**
     * Every account of an organisation (by code; the caller's own when absent) against every module.
     * The organisation's supervisors and country administrators only.
     */
    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    public TrainingDto.ReportView report(@QueryParam("organisation") String organisation, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        Organisation org;
        if (organisation == null || organisation.isBlank()) {
            org = organisations.find(actor.organisationId()).orElse(null);
            return TrainingDto.ReportView.of(training.completionReport(actor, actor.organisationId()), org);
        }
        org = organisations.findByCode(organisation.strip())
                .orElseThrow(() -> ValidationException.of("organisation", "rest.field.unknownOrganisation"));
        return TrainingDto.ReportView.of(training.completionReport(actor, org.id()), org);
    }

    @GET
    @Path("requirements")
    @Produces(MediaType.APPLICATION_JSON)
    public TrainingDto.RequirementsView requirements(@Context SecurityContext security) {
        Access.session(security);
        return new TrainingDto.RequirementsView(training.actions(),
                training.requirements().stream().map(TrainingDto.RequirementView::of).toList());
    }

    /** Requires a module of a role before an action; country administrators only. 201 with the requirement. */
    @POST
    @Path("requirements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response require(TrainingDto.RequirementRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        TrainingDto.RequirementRequest request = CaseCalls.body(body);
        List<FieldError> errors = new ArrayList<>();
        String action = required("action", request.action(), errors);
        Role role = role("role", request.role(), errors);
        String moduleId = required("moduleId", request.moduleId(), errors);
        CaseCalls.check(errors);
        Requirement requirement = training.require(actor, action, role, moduleId);
        return Response.status(Response.Status.CREATED).entity(TrainingDto.RequirementView.of(requirement)).build();
    }

    /** Drops a requirement; country administrators only. 204; 404 when there is no such requirement. */
    @DELETE
    @Path("requirements")
    public Response dropRequirement(@QueryParam("action") String action, @QueryParam("role") String role,
            @QueryParam("module") String module, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        List<FieldError> errors = new ArrayList<>();
        String a = required("action", action, errors);
        Role r = role("role", role, errors);
        String m = required("module", module, errors);
        CaseCalls.check(errors);
        training.dropRequirement(actor, a, r, m);
        return Response.noContent().build();
    }

    private ScreeningDto.Texts texts(String acceptLanguage, SecurityContext security) {
        return new ScreeningDto.Texts(messages, CaseCalls.language(messages, acceptLanguage, security));
    }

    private static String required(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "rest.field.required"));
            return null;
        }
        return value.strip();
    }

    /** A role as {@code CASEWORKER}, {@code caseworker} or {@code partner-caseworker}. */
    private static Role role(String field, String value, List<FieldError> errors) {
        String name = required(field, value, errors);
        if (name == null) {
            return null;
        }
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "rest.field.unknownRole", name));
            return null;
        }
    }
}
