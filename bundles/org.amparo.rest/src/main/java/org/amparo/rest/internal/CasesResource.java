package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.cases.BestInterestsAssessment;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/cases}: open, search and read cases, move them through the workflow, assign them,
 * and their notes, tasks, best-interests assessments, approval requests and emergency access; and
 * the case counts by status. The {@link CaseService} enforces need-to-know and audits every call;
 * this resource only converts. Searches come a page at a time, never more than
 * {@link CaseQuery#MAX_LIMIT}.
 */
@Component(service = CasesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("cases")
public final class CasesResource {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_NAME = 100;
    static final int MAX_NUMBER = 40;
    static final int MAX_USERNAME = 64;

    private final CaseService cases;

    @Activate
    public CasesResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    /** Opens a case for a person; 201 with the case, at IDENTIFICATION and assigned to the caller. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response open(CaseDto.OpenCaseRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        CaseDto.OpenCaseRequest request = CaseCalls.body(body);
        if (request.personId() == null) {
            throw ValidationException.of("personId", "rest.field.required");
        }
        Set<CaseFlag> flags = request.flags() == null ? Set.of() : CaseDto.enumSet(CaseFlag.class, request.flags());
        return created(CaseDto.CaseView.of(cases.open(actor, request.personId(), flags)));
    }

    /**
     * Search without a name: every filter is safe in a URL. A name is personal data and never goes
     * into a URL (access logs keep URLs): it is searched with {@link #searchByBody}.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.CasePageView search(@QueryParam("name") String name, @QueryParam("number") String number,
            @QueryParam("status") String status, @QueryParam("flag") String flag, @QueryParam("assignee") String assignee,
            @QueryParam("overdue") String overdue, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        if (name != null) {
            CaseCalls.check(List.of(new FieldError("name", "rest.cases.nameInBody")));
        }
        return runSearch(null, number, status, flag, assignee, overdue, offset, limit, security);
    }

    /** The same search with the filters, a name among them, in the request body. */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.CasePageView searchByBody(CaseDto.SearchRequest body, @Context SecurityContext security) {
        CaseDto.SearchRequest request = body == null ? new CaseDto.SearchRequest(null, null, null, null, null, null, null, null) : body;
        return runSearch(request.name(), request.number(), request.status(), request.flag(), request.assignee(),
                request.overdue() == null ? null : String.valueOf(request.overdue()),
                request.offset() == null ? null : String.valueOf(request.offset()),
                request.limit() == null ? null : String.valueOf(request.limit()), security);
    }

    private CaseDto.CasePageView runSearch(String name, String number, String status, String flag, String assignee,
            String overdue, String offset, String limit, SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        List<FieldError> errors = new ArrayList<>();
        checkLength("name", name, MAX_NAME, errors);
        checkLength("number", number, MAX_NUMBER, errors);
        checkLength("assignee", assignee, MAX_USERNAME, errors);
        CaseStatus statusValue = constant(CaseStatus.class, "status", status, errors);
        CaseFlag flagValue = constant(CaseFlag.class, "flag", flag, errors);
        boolean overdueOnly = false;
        if (overdue != null && !overdue.isBlank()) {
            String o = overdue.trim().toLowerCase(Locale.ROOT);
            if (o.equals("true") || o.equals("false")) {
                overdueOnly = o.equals("true");
            } else {
                errors.add(new FieldError("overdue", "rest.field.boolean"));
            }
        }
        Paging paging = null;
        try {
            paging = Paging.parse(offset, limit, DEFAULT_LIMIT, CaseQuery.MAX_LIMIT);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        CaseCalls.check(errors);
        CaseQuery query = new CaseQuery(name, number, statusValue, flagValue, assignee, overdueOnly, paging.offset(),
                paging.limit());
        return CaseDto.CasePageView.of(cases.search(actor, query));
    }

    /** Case counts by status over the cases the caller may see (all cases for an administrator). */
    @GET
    @Path("counts")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.CaseCounts counts(@Context SecurityContext security) {
        return CaseDto.CaseCounts.of(cases.countByStatus(CaseCalls.actor(security)));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.CaseView get(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.CaseView.of(cases.get(CaseCalls.actor(security), id));
    }

    /** Moves the case one step, or reopens a closed one. */
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.CaseView changeStatus(@PathParam("id") long id, CaseDto.StatusRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        return CaseDto.CaseView.of(cases.changeStatus(actor, id, CaseCalls.body(body).status()));
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.CaseView assign(@PathParam("id") long id, CaseDto.AssignmentRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        String assignee = CaseCalls.body(body).assignee();
        if (assignee == null || assignee.isBlank()) {
            throw ValidationException.of("assignee", "rest.field.required");
        }
        return CaseDto.CaseView.of(cases.assign(actor, id, assignee.trim()));
    }

    @GET
    @Path("{id}/notes")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.NoteView> notes(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(cases.notes(CaseCalls.actor(security), id), CaseDto.NoteView::of);
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("id") long id, CaseDto.NoteRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        return created(CaseDto.NoteView.of(cases.addNote(actor, id, CaseCalls.body(body).text())));
    }

    @GET
    @Path("{id}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.AttachmentView> attachments(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(cases.attachments(CaseCalls.actor(security), id), CaseDto.AttachmentView::of);
    }

    /** Attaches a file sent base64-encoded in JSON; its type is read from its content. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addAttachment(@PathParam("id") long id, CaseDto.AttachmentRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        CaseDto.AttachmentRequest request = CaseCalls.body(body);
        byte[] content;
        try {
            content = request.content() == null ? new byte[0] : java.util.Base64.getMimeDecoder().decode(request.content());
        } catch (IllegalArgumentException notBase64) {
            throw ValidationException.of("content", "rest.attachment.notBase64");
        }
        return created(CaseDto.AttachmentView.of(cases.addAttachment(actor, id, request.fileName(), request.description(), content)));
    }

    /** The file itself, as an attachment, never to be shown inline or sniffed. */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
            @Context SecurityContext security) {
        org.amparo.cases.AttachmentContent file = cases.attachment(CaseCalls.actor(security), attachmentId);
        if (file.attachment().caseId() != id) {
            throw new org.amparo.common.NotFoundException("cases.attachment.notFound");
        }
        return Response.ok(file.content(), file.attachment().mediaType())
                .header("Content-Disposition", org.amparo.common.Downloads.attachment(file.attachment().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }


    @GET
    @Path("{id}/tasks")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.TaskView> tasks(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(cases.tasks(CaseCalls.actor(security), id), CaseDto.TaskView::of);
    }

    @POST
    @Path("{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addTask(@PathParam("id") long id, CaseDto.TaskRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        CaseDto.TaskRequest request = CaseCalls.body(body);
        List<FieldError> errors = new ArrayList<>();
        var dueOn = CaseDto.date("dueOn", request.dueOn(), errors);
        CaseCalls.check(errors);
        return created(CaseDto.TaskView.of(cases.addTask(actor, id, request.title(), dueOn)));
    }

    @GET
    @Path("{id}/best-interests-assessments")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.AssessmentView> assessments(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(cases.bestInterestsAssessments(CaseCalls.actor(security), id), CaseDto.AssessmentView::of);
    }

    /** Records a best-interests assessment of the child; 201 with what was recorded. */
    @POST
    @Path("{id}/best-interests-assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addAssessment(@PathParam("id") long id, CaseDto.AssessmentRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        CaseDto.AssessmentRequest request = CaseCalls.body(body);
        List<FieldError> errors = new ArrayList<>();
        var assessedOn = CaseDto.date("assessedOn", request.assessedOn(), errors);
        CaseCalls.check(errors);
        BestInterestsAssessment assessment = new BestInterestsAssessment(assessedOn, request.assessor(), request.summary());
        cases.recordBestInterestsAssessment(actor, id, assessment);
        return created(CaseDto.AssessmentView.of(assessment));
    }

    @GET
    @Path("{id}/approvals")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.ApprovalView> approvals(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(cases.approvals(CaseCalls.actor(security), id), CaseDto.ApprovalView::of);
    }

    /** Asks a supervisor to approve closing the case or a child's case plan; 201 with the pending request. */
    @POST
    @Path("{id}/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response requestApproval(@PathParam("id") long id, CaseDto.ApprovalRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        CaseDto.ApprovalRequest request = CaseCalls.body(body);
        return created(CaseDto.ApprovalView.of(cases.requestApproval(actor, id, request.kind(), request.reason())));
    }

    /** Read access to a case the caller cannot otherwise see, for {@link CaseService#EMERGENCY_MINUTES} minutes. */
    @POST
    @Path("{id}/emergency-access")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response breakGlass(@PathParam("id") long id, CaseDto.EmergencyAccessRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        return created(CaseDto.EmergencyAccessView.of(cases.breakGlass(actor, id, CaseCalls.body(body).reason())));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    private static void checkLength(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "rest.field.tooLong", max));
        }
    }

    /** A constant by its name (any case); absent: null; unknown: a field error. */
    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        errors.add(new FieldError(field, "rest.field.unknownValue"));
        return null;
    }
}
