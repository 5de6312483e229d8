package org.amparo.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.Approval;
import org.amparo.cases.Attachment;
import org.amparo.cases.AttachmentContent;
import org.amparo.cases.ApprovalKind;
import org.amparo.cases.ApprovalState;
import org.amparo.cases.BestInterestsAssessment;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseTask;
import org.amparo.cases.CaseView;
import org.amparo.cases.Note;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.amparo.web.api.Download;
import org.amparo.web.api.Html;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;

/**
 * {@code /app/cases/<id>}: one case. Its number, person, flags and status, with the next step as a
 * button; requests for a supervisor's approval (closure with a reason, a child's case plan);
 * pending requests with approve and reject buttons for supervisors who did not make them; the
 * best-interests assessments of a child and a form to record one; assignment (supervisors); notes;
 * tasks with due dates, overdue ones highlighted, and a button to complete each. When the service
 * refuses the case, a "break the glass" form asks for a reason and grants read access for
 * {@link CaseService#EMERGENCY_MINUTES} minutes. Every change is a POST that comes back here; a
 * refused input is shown next to its field with what was typed.
 *
 * <p>Stable element ids: {@code case-summary}, {@code person-link}, {@code case-status},
 * {@code status-next} (the forward step), {@code reopen-STATUS}, {@code request-closure-reason},
 * {@code request-closure-submit}, {@code request-plan-reason}, {@code request-plan-submit},
 * {@code approvals}, {@code approve-ID}, {@code reject-ID}, {@code approve-note-ID},
 * {@code bia-date}, {@code bia-assessor}, {@code bia-summary}, {@code bia-submit}, {@code bias},
 * {@code assign-username}, {@code assign-submit}, {@code notes}, {@code note-text},
 * {@code note-submit}, {@code tasks}, {@code task-ID} (row, class {@code task-overdue} when
 * overdue), {@code complete-ID}, {@code task-title}, {@code task-due}, {@code task-submit},
 * {@code attachments}, {@code attachment-ID} (download link), {@code attachment-file},
 * {@code attachment-description}, {@code attachment-submit},
 * {@code case-notice}, {@code case-error}, {@code case-training-link} (in the error when a training
 * module is required first), {@code case-status-why} (while the library is on),
 * {@code break-glass-reason}, {@code break-glass-submit};
 * a field's error is {@code ID-error}.
 */
final class CaseDetail {
    static final String TRAINING_REQUIRED = "training.error.moduleRequired";
    private final java.util.function.BooleanSupplier referralsOn;
    private final java.util.function.BooleanSupplier libraryOn;
    static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("opened", "web.case.done.opened"),
            Map.entry("status", "web.case.done.status"),
            Map.entry("closure", "web.case.done.requested"),
            Map.entry("plan", "web.case.done.requested"),
            Map.entry("decide", "web.case.done.decided"),
            Map.entry("bia", "web.case.done.bia"),
            Map.entry("assign", "web.case.done.assigned"),
            Map.entry("note", "web.case.done.note"),
            Map.entry("attach", "web.case.done.attached"),
            Map.entry("task", "web.case.done.task"),
            Map.entry("complete", "web.case.done.completed"),
            Map.entry("breakGlass", "web.case.done.emergency"));

    private final CaseService cases;
    private final UserService users;

    CaseDetail(CaseService cases, UserService users) {
        this(cases, users, () -> false);
    }

    CaseDetail(CaseService cases, UserService users, java.util.function.BooleanSupplier referralsOn) {
        this(cases, users, referralsOn, () -> false);
    }

    /** With {@code libraryOn}: while the standards library is on, the workflow step links to "why" it is done. */
    CaseDetail(CaseService cases, UserService users, java.util.function.BooleanSupplier referralsOn,
            java.util.function.BooleanSupplier libraryOn) {
        this.referralsOn = referralsOn;
        this.libraryOn = libraryOn;
        this.cases = cases;
        this.users = users;
    }

    /** What a re-rendered page shows besides the case: errors by element id, values by parameter, a general error. */
    private static final class State {
        final Map<String, String> errors = new LinkedHashMap<>();
        final Map<String, String> values = new HashMap<>();
        String general;
        String notice;
        /** The operation whose input is shown again, or empty. */
        String op = "";
        /** The training module whose completion the refused action needs, or null. */
        String trainingModule;

        /** The value sent for {@code name} if {@code form} was the form sent, else empty. */
        String again(String form, String name) {
            return form.equals(op) ? values.getOrDefault(name, "") : "";
        }
    }

    PageResult handle(PageRequest request, Actor actor, long id) {
        State state = new State();
        if (!"POST".equals(request.method())) {
            state.notice = request.parameter("done").map(NOTICES::get).map(request::text).orElse(null);
            return render(request, actor, id, state, 200);
        }
        String op = request.parameter("op").orElse("");
        state.op = op;
        for (String name : List.of("reason", "note", "text", "title", "due", "assessedOn", "assessor", "summary", "assignee",
                "approval", "task", "target", "description")) {
            state.values.put(name, request.parameter(name).orElse(""));
        }
        Map<String, String> v = state.values;
        try {
            switch (op) {
                case "status" -> {
                    CaseStatus target = CasesPage.status(v.get("target"));
                    if (target == null) {
                        state.general = request.text("web.case.error.status");
                        return render(request, actor, id, state, 400);
                    }
                    cases.changeStatus(actor, id, target);
                }
                case "closure" -> cases.requestApproval(actor, id, ApprovalKind.CLOSURE, v.get("reason"));
                case "plan" -> cases.requestApproval(actor, id, ApprovalKind.CHILD_CASE_PLAN, v.get("reason"));
                case "approve", "reject" -> cases.decide(actor, number(v.get("approval")), "approve".equals(op), v.get("note"));
                case "bia" -> {
                    if (!CaseWork.dateOrEmpty(v.get("assessedOn"))) {
                        state.errors.put("bia-date", request.text("web.form.date"));
                        return render(request, actor, id, state, 400);
                    }
                    cases.recordBestInterestsAssessment(actor, id, new BestInterestsAssessment(
                            CaseWork.date(v.get("assessedOn")), v.get("assessor"), v.get("summary")));
                }
                case "assign" -> cases.assign(actor, id, v.get("assignee").strip());
                case "note" -> cases.addNote(actor, id, v.get("text"));
                case "attach" -> {
                    var upload = request.upload("file");
                    if (upload.isEmpty()) {
                        state.errors.put("attachment-file", request.text("web.case.attachment.choose"));
                        return render(request, actor, id, state, 400);
                    }
                    cases.addAttachment(actor, id, upload.get().fileName(), v.get("description"), upload.get().content());
                }
                case "task" -> {
                    if (!CaseWork.dateOrEmpty(v.get("due"))) {
                        state.errors.put("task-due", request.text("web.form.date"));
                        return render(request, actor, id, state, 400);
                    }
                    cases.addTask(actor, id, v.get("title"), CaseWork.date(v.get("due")));
                }
                case "complete" -> cases.completeTask(actor, number(v.get("task")));
                case "breakGlass" -> cases.breakGlass(actor, id, v.get("reason"));
                default -> {
                    state.general = request.text("web.persons.error.unknownAction");
                    return render(request, actor, id, state, 400);
                }
            }
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String element = element(op, error.field(), v.get("approval"));
                if (element == null) {
                    state.general = CaseWork.text(request, error);
                } else {
                    CaseWork.put(state.errors, element, CaseWork.text(request, error));
                }
            }
            return render(request, actor, id, state, 400);
        } catch (ConflictException e) {
            state.general = request.text(e.messageKey(), e.arguments().toArray());
            return render(request, actor, id, state, 409);
        } catch (AccessDeniedException e) {
            if (!TRAINING_REQUIRED.equals(e.messageKey()) || e.arguments().isEmpty()) {
                throw e;
            }
            // held back until the user has completed a training module: name it and link to it
            String module = String.valueOf(e.arguments().get(0));
            state.trainingModule = module.matches("[a-z0-9][a-z0-9-]{0,63}") ? module : null;
            String titleKey = "training." + module + ".title";
            String title = request.text(titleKey);
            state.general = request.text(e.messageKey(), title == null || title.equals("[" + titleKey + "]") ? module : title);
            return render(request, actor, id, state, 403);
        }
        String done = "reject".equals(op) || "approve".equals(op) ? "decide" : op;
        return PageResult.redirect("/app/cases/" + id + "?done=" + done);
    }

    private static long number(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Long.parseLong(text) : -1;
    }

    /** The element showing the error of service field {@code field} for operation {@code op}. */
    static String element(String op, String field, String approval) {
        return switch (op + ":" + field) {
            case "note:text" -> "note-text";
            case "attach:fileName", "attach:content" -> "attachment-file";
            case "attach:description" -> "attachment-description";
            case "task:title" -> "task-title";
            case "task:dueOn" -> "task-due";
            case "bia:assessedOn" -> "bia-date";
            case "bia:assessor" -> "bia-assessor";
            case "bia:summary" -> "bia-summary";
            case "closure:reason" -> "request-closure-reason";
            case "plan:reason" -> "request-plan-reason";
            case "approve:note", "reject:note" -> "approve-note-" + number(approval);
            case "assign:assignee" -> "assign-username";
            case "breakGlass:reason" -> "break-glass-reason";
            default -> null;
        };
    }

    private PageResult render(PageRequest request, Actor actor, long id, State state, int status) {
        CaseView view;
        try {
            view = cases.get(actor, id);
        } catch (AccessDeniedException e) {
            return PageResult.status(403, denied(request, id, state));
        }
        boolean supervisor = actor.has(Role.SUPERVISOR);
        StringBuilder html = new StringBuilder(16384);
        if (state.notice != null) {
            html.append("<div class=\"notice\" role=\"status\" id=\"case-notice\"><p>").append(Html.escape(state.notice))
                    .append("</p></div>\n");
        }
        if (state.general != null) {
            html.append("<div class=\"error\" role=\"alert\" id=\"case-error\"><p>").append(Html.escape(state.general))
                    .append("</p>");
            if (state.trainingModule != null) {
                html.append("<p><a href=\"/app/training/").append(state.trainingModule).append("\" id=\"case-training-link\">")
                        .append(Html.escape(request.text("web.case.training.link"))).append("</a></p>");
            }
            html.append("</div>\n");
        } else if (!state.errors.isEmpty()) {
            html.append(Forms.error(request.text("web.form.fixErrors", state.errors.size())));
        }
        summary(request, html, view);
        statusSection(request, html, view, state, libraryOn.getAsBoolean());
        List<Approval> approvals = cases.approvals(actor, id);
        approvals(request, html, actor, supervisor, approvals, id, state);
        if (view.child()) {
            bia(request, html, cases.bestInterestsAssessments(actor, id), id, state);
        }
        if (supervisor) {
            assignment(request, html, actor, view, state);
        }
        notes(request, html, cases.notes(actor, id), id, state);
        tasks(request, html, cases.tasks(actor, id), id, state);
        attachments(request, html, cases.attachments(actor, id), id, state);
        html.append("<h2>").append(Html.escape(request.text("web.case.screenings"))).append("</h2>\n<p><a href=\"/app/screenings/case/")
                .append(id).append("\" id=\"case-screenings\">").append(Html.escape(request.text("web.case.screenings.link")))
                .append("</a></p>\n");
        if (referralsOn.getAsBoolean()) {
            html.append(ReferralsPage.caseLink(request, id));
        }
        return PageResult.status(status, html.toString());
    }

    private static String form(PageRequest request, long id, String op) {
        return "<form class=\"form\" method=\"post\" action=\"/app/cases/" + id + "\">\n" + request.csrfField()
                + CaseWork.hidden("op", op);
    }

    private static String button(String id, String label) {
        return "<button type=\"submit\" id=\"" + Html.escape(id) + "\">" + Html.escape(label) + "</button>\n";
    }

    private static String denied(PageRequest request, long id, State state) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<div class=\"error\" role=\"alert\"><p>").append(Html.escape(request.text("web.case.denied")))
                .append("</p></div>\n<h2 id=\"break-glass-heading\">").append(Html.escape(request.text("web.case.breakGlass")))
                .append("</h2>\n<p>").append(Html.escape(request.text("web.case.breakGlass.explain", CaseService.EMERGENCY_MINUTES)))
                .append("</p>\n");
        if (state.general != null) {
            html.append(Forms.error(state.general));
        }
        html.append(form(request, id, "breakGlass"))
                .append(CaseWork.textarea("break-glass-reason", "reason", request.text("web.case.breakGlass.reason"),
                        state.values.getOrDefault("reason", ""), state.errors.get("break-glass-reason"), true))
                .append(button("break-glass-submit", request.text("web.case.breakGlass.submit", CaseService.EMERGENCY_MINUTES)))
                .append("</form>\n");
        return html.toString();
    }

    private static void summary(PageRequest request, StringBuilder html, CaseView view) {
        html.append("<h2>").append(Html.escape(request.text("web.case.heading", CaseWork.ltr(view.number())))).append("</h2>\n");
        if (view.child()) {
            html.append("<p class=\"badge badge-child\" id=\"child-flag\">").append(Html.escape(request.text("web.persons.child")))
                    .append("</p>\n");
        }
        html.append("<dl class=\"facts\" id=\"case-summary\">\n<div><dt>").append(Html.escape(request.text("web.case.person")))
                .append("</dt><dd><a href=\"/app/persons/").append(view.personId()).append("\" id=\"person-link\">")
                .append(Html.escape(request.text("web.case.person.link"))).append("</a></dd></div>\n")
                .append("<div><dt>").append(Html.escape(request.text("web.cases.column.status"))).append("</dt><dd id=\"case-status\">")
                .append(Html.escape(request.text("web.cases.status." + view.status().name()))).append("</dd></div>\n");
        CaseWork.fact(html, request.text("web.cases.column.flags"), CasesPage.flags(request, view.flags()));
        if (!view.closureReason().isEmpty()) {
            CaseWork.fact(html, request.text("web.case.closureReason"), view.closureReason());
        }
        CaseWork.fact(html, request.text("web.cases.column.assignedTo"), view.assignedTo());
        CaseWork.fact(html, request.text("web.case.openedBy"),
                request.text("web.persons.registered.by", CaseWork.isolate(view.createdBy()), CaseWork.time(view.createdAt())));
        CaseWork.fact(html, request.text("web.cases.column.updatedAt"), CaseWork.time(view.updatedAt()));
        html.append("</dl>\n");
    }

    private static void statusSection(PageRequest request, StringBuilder html, CaseView view, State state, boolean why) {
        CaseStatus status = view.status();
        html.append("<h2>").append(Html.escape(request.text("web.case.workflow"))).append("</h2>\n");
        if (why) {
            html.append("<p class=\"why\"><a href=\"/app/library/why/case:").append(status.name()).append("\" id=\"case-status-why\">")
                    .append(Html.escape(request.text("web.library.whyStep", request.text("web.cases.status." + status.name()))))
                    .append("</a></p>\n");
        }
        if (status == CaseStatus.CLOSED) {
            for (CaseStatus target : List.of(CaseStatus.INTAKE, CaseStatus.FOLLOW_UP)) {
                html.append("<form class=\"inline-form\" method=\"post\" action=\"/app/cases/").append(view.id()).append("\">")
                        .append(request.csrfField()).append(CaseWork.hidden("op", "status"))
                        .append(CaseWork.hidden("target", target.name()))
                        .append(button("reopen-" + target.name(), request.text("web.case.reopen",
                                request.text("web.cases.status." + target.name()))))
                        .append("</form>\n");
            }
            return;
        }
        boolean childPlan = view.child() && status == CaseStatus.ASSESSMENT;
        for (CaseStatus target : status.next()) {
            if (childPlan && target == CaseStatus.CASE_PLAN) {
                continue;
            }
            html.append("<form class=\"inline-form\" method=\"post\" action=\"/app/cases/").append(view.id()).append("\">")
                    .append(request.csrfField()).append(CaseWork.hidden("op", "status"))
                    .append(CaseWork.hidden("target", target.name()))
                    .append(button("status-next", request.text("web.case.moveTo", request.text("web.cases.status." + target.name()))))
                    .append("</form>\n");
        }
        if (childPlan) {
            html.append("<h3>").append(Html.escape(request.text("web.case.requestPlan"))).append("</h3>\n<p class=\"hint\">")
                    .append(Html.escape(request.text("web.case.requestPlan.explain"))).append("</p>\n")
                    .append(form(request, view.id(), "plan"))
                    .append(CaseWork.textarea("request-plan-reason", "reason", request.text("web.case.requestPlan.reason"),
                            state.again("plan", "reason"), state.errors.get("request-plan-reason"), false))
                    .append(button("request-plan-submit", request.text("web.case.requestPlan.submit"))).append("</form>\n");
        }
        html.append("<h3>").append(Html.escape(request.text("web.case.requestClosure"))).append("</h3>\n")
                .append(form(request, view.id(), "closure"))
                .append(CaseWork.textarea("request-closure-reason", "reason", request.text("web.case.requestClosure.reason"),
                        state.again("closure", "reason"),
                        state.errors.get("request-closure-reason"), true))
                .append(button("request-closure-submit", request.text("web.case.requestClosure.submit"))).append("</form>\n");
    }

    private static void approvals(PageRequest request, StringBuilder html, Actor actor, boolean supervisor,
            List<Approval> approvals, long caseId, State state) {
        html.append("<h2>").append(Html.escape(request.text("web.case.approvals"))).append("</h2>\n");
        if (approvals.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.case.approvals.none"))).append("</p>\n");
            return;
        }
        html.append("<ul class=\"record-list\" id=\"approvals\">\n");
        for (Approval approval : approvals) {
            html.append("<li class=\"approval approval-").append(approval.state().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"><p><strong>").append(Html.escape(request.text("web.case.approval.kind." + approval.kind().name())))
                    .append("</strong> – ").append(Html.escape(request.text("web.case.approval.state." + approval.state().name())))
                    .append("</p>\n<p class=\"meta\">").append(Html.escape(request.text("web.case.approval.requested",
                            approval.requestedBy(), CaseWork.time(approval.requestedAt())))).append("</p>\n");
            if (approval.reason() != null && !approval.reason().isEmpty()) {
                html.append("<p class=\"text\" dir=\"auto\">").append(Html.escape(approval.reason())).append("</p>\n");
            }
            if (approval.decidedBy() != null) {
                html.append("<p class=\"meta\">").append(Html.escape(request.text("web.case.approval.decided",
                        approval.decidedBy(), CaseWork.time(approval.decidedAt())))).append("</p>\n");
                if (approval.note() != null && !approval.note().isEmpty()) {
                    html.append("<p class=\"text\" dir=\"auto\">").append(Html.escape(approval.note())).append("</p>\n");
                }
            }
            if (supervisor && approval.state() == ApprovalState.PENDING && !approval.requestedBy().equals(actor.username())) {
                String noteId = "approve-note-" + approval.id();
                boolean again = ("approve".equals(state.op) || "reject".equals(state.op))
                        && String.valueOf(approval.id()).equals(state.values.get("approval"));
                html.append("<form class=\"form decide-form\" method=\"post\" action=\"/app/cases/").append(caseId).append("\">\n")
                        .append(request.csrfField()).append(CaseWork.hidden("approval", Long.toString(approval.id())))
                        .append(Forms.input(noteId, "note", request.text("web.case.approval.note"), "text",
                                again ? state.values.get("note") : "", state.errors.get(noteId), "off", false))
                        .append("<div class=\"button-row\">")
                        .append("<button type=\"submit\" name=\"op\" value=\"approve\" id=\"approve-").append(approval.id()).append("\">")
                        .append(Html.escape(request.text("web.case.approval.approve"))).append("</button>\n")
                        .append("<button type=\"submit\" name=\"op\" value=\"reject\" class=\"secondary\" id=\"reject-")
                        .append(approval.id()).append("\">").append(Html.escape(request.text("web.case.approval.reject")))
                        .append("</button></div>\n</form>\n");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void bia(PageRequest request, StringBuilder html, List<BestInterestsAssessment> list, long caseId,
            State state) {
        html.append("<h2>").append(Html.escape(request.text("web.case.bia"))).append("</h2>\n<p class=\"hint\">")
                .append(Html.escape(request.text("web.case.bia.explain"))).append("</p>\n");
        if (!list.isEmpty()) {
            html.append("<ul class=\"record-list\" id=\"bias\">\n");
            for (BestInterestsAssessment bia : list) {
                html.append("<li><p class=\"meta\">").append(Html.escape(request.text("web.case.bia.by",
                        CaseWork.date(bia.assessedOn()), bia.assessor()))).append("</p>\n<p class=\"text\" dir=\"auto\">")
                        .append(Html.escape(bia.summary())).append("</p></li>\n");
            }
            html.append("</ul>\n");
        }
        boolean again = "bia".equals(state.op);
        Map<String, String> v = state.values;
        html.append(form(request, caseId, "bia"))
                .append(Forms.input("bia-date", "assessedOn", request.text("web.case.bia.date"), "date",
                        again ? v.get("assessedOn") : LocalDate.now().toString(), state.errors.get("bia-date"), "off", true))
                .append(Forms.input("bia-assessor", "assessor", request.text("web.case.bia.assessor"), "text",
                        again ? v.get("assessor") : "", state.errors.get("bia-assessor"), "off", true))
                .append(CaseWork.textarea("bia-summary", "summary", request.text("web.case.bia.summary"),
                        again ? v.get("summary") : "", state.errors.get("bia-summary"), true))
                .append(button("bia-submit", request.text("web.case.bia.submit"))).append("</form>\n");
    }

    private void assignment(PageRequest request, StringBuilder html, Actor actor, CaseView view, State state) {
        List<Forms.Option> options = new ArrayList<>();
        for (User user : users.list(0, 500)) {
            if (user.enabled() && user.organisationId() == view.organisationId()
                    && (user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR))) {
                options.add(new Forms.Option(user.username(), user.displayName() + " (" + user.username() + ")"));
            }
        }
        String selected = "assign".equals(state.op) ? state.values.get("assignee") : view.assignedTo();
        html.append("<h2>").append(Html.escape(request.text("web.case.assign"))).append("</h2>\n")
                .append(form(request, view.id(), "assign"))
                .append(Forms.select("assign-username", "assignee", request.text("web.case.assign.to"), options, selected,
                        state.errors.get("assign-username")))
                .append(button("assign-submit", request.text("web.case.assign.submit"))).append("</form>\n");
    }

    private static void notes(PageRequest request, StringBuilder html, List<Note> notes, long caseId, State state) {
        html.append("<h2>").append(Html.escape(request.text("web.case.notes"))).append("</h2>\n");
        if (notes.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.case.notes.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"record-list\" id=\"notes\">\n");
            for (Note note : notes) {
                html.append("<li><p class=\"meta\">").append(Html.escape(request.text("web.case.note.by", note.author(),
                        CaseWork.time(note.createdAt())))).append("</p>\n<p class=\"text\" dir=\"auto\">").append(Html.escape(note.text()))
                        .append("</p></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append(form(request, caseId, "note"))
                .append(CaseWork.textarea("note-text", "text", request.text("web.case.note.text"),
                        state.again("note", "text"), state.errors.get("note-text"), true))
                .append(button("note-submit", request.text("web.case.note.submit"))).append("</form>\n");
    }

    /** {@code /app/cases/<case>/attachments/<attachment>}: the file, for whoever may read the case. */
    PageResult download(Actor actor, long caseId, long attachmentId) {
        AttachmentContent file = cases.attachment(actor, attachmentId);
        if (file.attachment().caseId() != caseId) {
            throw new NotFoundException();
        }
        return PageResult.download(new Download(file.attachment().fileName(), file.attachment().mediaType(), file.content()));
    }

    private static void attachments(PageRequest request, StringBuilder html, List<Attachment> attachments, long caseId,
            State state) {
        html.append("<h2>").append(Html.escape(request.text("web.case.attachments"))).append("</h2>\n");
        if (attachments.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.case.attachments.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"record-list\" id=\"attachments\">\n");
            for (Attachment a : attachments) {
                html.append("<li><p><a download href=\"/app/cases/").append(caseId).append("/attachments/").append(a.id())
                        .append("\" id=\"attachment-").append(a.id()).append("\"><bdi>").append(Html.escape(a.fileName()))
                        .append("</bdi></a></p>\n<p class=\"meta\">")
                        .append(Html.escape(request.text("web.case.attachment.meta",
                                request.text("web.case.attachment.type." + a.mediaType().replace('/', '.')),
                                CaseWork.ltr(kilobytes(a.size())), a.uploadedBy(), CaseWork.time(a.uploadedAt()))))
                        .append("</p>\n");
                if (!a.description().isEmpty()) {
                    html.append("<p class=\"text\" dir=\"auto\">").append(Html.escape(a.description())).append("</p>\n");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        String error = state.errors.get("attachment-file");
        html.append("<form class=\"form\" method=\"post\" enctype=\"multipart/form-data\" action=\"/app/cases/")
                .append(caseId).append("\">\n").append(request.csrfField()).append(CaseWork.hidden("op", "attach"))
                .append("<div class=\"field").append(error == null ? "" : " field-invalid").append("\">\n")
                .append("<label for=\"attachment-file\">").append(Html.escape(request.text("web.case.attachment.file")))
                .append("</label>\n<p class=\"hint\" id=\"attachment-file-hint\">")
                .append(Html.escape(request.text("web.case.attachment.hint", CaseService.MAX_ATTACHMENT_BYTES / (1024 * 1024))))
                .append("</p>\n<input type=\"file\" id=\"attachment-file\" name=\"file\" required")
                .append(" accept=\".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png\"");
        Forms.errorAttributes(html, "attachment-file", error);
        html.append(">\n");
        Forms.fieldError(html, "attachment-file", error);
        html.append("</div>\n")
                .append(CaseWork.textarea("attachment-description", "description", request.text("web.case.attachment.description"),
                        state.again("attach", "description"), state.errors.get("attachment-description"), false))
                .append(button("attachment-submit", request.text("web.case.attachment.submit"))).append("</form>\n");
    }

    /** A size in kilobytes, rounded up, with one decimal under 10 KB. */
    static String kilobytes(long bytes) {
        double kb = bytes / 1024.0;
        return kb < 10 ? String.format(java.util.Locale.ROOT, "%.1f KB", Math.ceil(kb * 10) / 10)
                : String.format(java.util.Locale.ROOT, "%d KB", (long) Math.ceil(kb));
    }

    private static void tasks(PageRequest request, StringBuilder html, List<CaseTask> tasks, long caseId, State state) {
        html.append("<h2>").append(Html.escape(request.text("web.case.tasks"))).append("</h2>\n");
        if (tasks.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.case.tasks.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"record-list\" id=\"tasks\">\n");
            for (CaseTask task : tasks) {
                html.append("<li id=\"task-").append(task.id()).append('"').append(task.overdue() ? " class=\"task-overdue\"" : "")
                        .append("><p><strong>").append(Html.escape(task.title())).append("</strong></p>\n<p class=\"meta\">")
                        .append(Html.escape(request.text("web.case.task.due", CaseWork.date(task.dueOn()), task.createdBy())));
                if (task.overdue()) {
                    html.append(" <span class=\"badge badge-warning\">").append(Html.escape(request.text("web.case.task.overdue")))
                            .append("</span>");
                }
                if (task.done()) {
                    html.append(" – ").append(Html.escape(request.text("web.case.task.done", CaseWork.time(task.doneAt()))));
                }
                html.append("</p>\n");
                if (!task.done()) {
                    html.append("<form class=\"inline-form\" method=\"post\" action=\"/app/cases/").append(caseId).append("\">")
                            .append(request.csrfField()).append(CaseWork.hidden("op", "complete"))
                            .append(CaseWork.hidden("task", Long.toString(task.id())))
                            .append(button("complete-" + task.id(), request.text("web.case.task.complete"))).append("</form>\n");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        boolean again = "task".equals(state.op);
        html.append(form(request, caseId, "task"))
                .append(Forms.input("task-title", "title", request.text("web.case.task.title"), "text",
                        again ? state.values.get("title") : "", state.errors.get("task-title"), "off", true))
                .append(Forms.input("task-due", "due", request.text("web.case.task.dueOn"), "date",
                        again ? state.values.get("due") : "", state.errors.get("task-due"), "off", true))
                .append(button("task-submit", request.text("web.case.task.submit"))).append("</form>\n");
    }

    static Set<String> noticeKeys() {
        return Set.copyOf(NOTICES.values());
    }
}
