package org.amparo.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.amparo.cases.Actor;
import org.amparo.cases.Approval;
import org.amparo.cases.Attachment;
import org.amparo.cases.AttachmentContent;
import org.amparo.cases.ActionGuard;
import org.amparo.cases.ApprovalKind;
import org.amparo.cases.ApprovalState;
import org.amparo.cases.BestInterestsAssessment;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CasePage;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseTask;
import org.amparo.cases.CaseView;
import org.amparo.cases.EmergencyAccess;
import org.amparo.cases.Note;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Cases: the workflow with its legal steps, supervisor approvals (closure, a child's case plan),
 * assignment within the organisation, notes, tasks, best-interests assessments, emergency access,
 * and search. Every method checks {@link Access} inside its transaction and audits what it did.
 */
@Component(service = CaseService.class)
public final class CaseServiceImpl implements CaseService {
    private static final int MAX_NOTE = 8000;
    private final CasesStore store;
    private final UserService users;
    private final ActionGuards guards = new ActionGuards();

    @Activate
    public CaseServiceImpl(@Reference CasesStore store, @Reference UserService users) {
        this.store = store;
        this.users = users;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGuard(ActionGuard guard) {
        guards.add(guard);
    }

    void removeGuard(ActionGuard guard) {
        guards.remove(guard);
    }

    @Override
    public CaseView open(Actor actor, long personId, Set<CaseFlag> flags) {
        return store.guarded(actor, "case.open", CasesStore.personTarget(personId), tx -> {
            CasesStore.PersonRow person = store.requirePerson(tx, personId);
            if (!Access.worksOnCases(actor) || !store.maySeePerson(tx, actor, person)
                    || person.organisationId() != actor.organisationId()) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            Instant now = store.clock.instant();
            String number = nextNumber(tx);
            long id = tx.insertReturningKey("""
                    INSERT INTO cases.case_file (case_number, person_id, organisation_id, status, closure_reason, created_by,
                        assigned_to, created_at, updated_at)
                    VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)
                    """, number, personId, actor.organisationId(), CaseStatus.IDENTIFICATION, actor.username(),
                    actor.username(), now, now);
            List<Object[]> rows = (flags == null ? Set.<CaseFlag>of() : flags).stream()
                    .map(f -> new Object[] { id, f }).toList();
            if (!rows.isEmpty()) {
                tx.batch("INSERT INTO cases.case_flag (case_id, flag) VALUES (?, ?)", rows);
            }
            history(tx, actor, id, null, CaseStatus.IDENTIFICATION);
            CaseNameKeys.ofCase(tx, id);
            store.success(actor, "case.open", CasesStore.caseTarget(id), CasesStore.personTarget(personId));
            return store.view(tx, store.requireCase(tx, id));
        });
    }

    @Override
    public CaseView get(Actor actor, long caseId) {
        return store.guarded(actor, "case.read", CasesStore.caseTarget(caseId), tx -> {
            CaseRow row = store.authorise(tx, actor, caseId, Access.Operation.READ);
            store.success(actor, "case.read", CasesStore.caseTarget(caseId), "");
            return store.view(tx, row);
        });
    }

    @Override
    public CaseView requireAccess(Actor actor, long caseId, boolean work, String action) {
        return store.guarded(actor, action, CasesStore.caseTarget(caseId), tx -> store.view(tx,
                store.authorise(tx, actor, caseId, work ? Access.Operation.ADD_NOTE : Access.Operation.READ)));
    }

    @Override
    public List<CaseView> casesOf(Actor actor, long personId) {
        return store.guarded(actor, "case.read", CasesStore.personTarget(personId), tx -> {
            List<CaseView> visible = new ArrayList<>();
            for (CaseRow row : tx.query("SELECT * FROM cases.case_file WHERE person_id = ? ORDER BY id", CasesStore::caseRow,
                    personId)) {
                if (Access.allowed(actor, row, Access.Operation.READ, store.hasEmergencyAccess(tx, actor, row.id()))) {
                    store.success(actor, "case.read", CasesStore.caseTarget(row.id()), "byPerson");
                    visible.add(store.view(tx, row));
                }
            }
            return visible;
        });
    }

    @Override
    public CaseView changeStatus(Actor actor, long caseId, CaseStatus target) {
        if (target == null) {
            throw ValidationException.of("status", "cases.status.required");
        }
        return store.guarded(actor, "case.status", CasesStore.caseTarget(caseId), tx -> {
            CaseRow row = store.authorise(tx, actor, caseId, Access.Operation.UPDATE_STATUS);
            if (target == CaseStatus.CLOSED) {
                throw new ConflictException("cases.status.closureNeedsApproval");
            }
            if (!row.status().next().contains(target)) {
                throw new ConflictException("cases.status.illegal", row.status().name(), target.name());
            }
            if (target == CaseStatus.CASE_PLAN && store.isChild(tx, row.personId())) {
                throw new ConflictException("cases.status.childCasePlanNeedsApproval");
            }
            moveTo(tx, actor, row, target, "");
            return store.view(tx, store.requireCase(tx, caseId));
        });
    }

    @Override
    public CaseView assign(Actor actor, long caseId, String username) {
        return store.guarded(actor, "case.assign", CasesStore.caseTarget(caseId), tx -> {
            CaseRow row = store.authorise(tx, actor, caseId, Access.Operation.ASSIGN);
            User assignee = username == null ? null : users.find(username).orElse(null);
            if (assignee == null || !assignee.enabled() || assignee.organisationId() != row.organisationId()
                    || !(assignee.hasRole(Role.CASEWORKER) || assignee.hasRole(Role.SUPERVISOR))) {
                throw ValidationException.of("assignee", "cases.assign.invalidAssignee");
            }
            tx.update("UPDATE cases.case_file SET assigned_to = ?, updated_at = ? WHERE id = ?", assignee.username(),
                    store.clock.instant(), caseId);
            CaseNameKeys.ofCase(tx, caseId);
            store.success(actor, "case.assign", CasesStore.caseTarget(caseId), "to=" + assignee.username());
            return store.view(tx, store.requireCase(tx, caseId));
        });
    }

    @Override
    public Note addNote(Actor actor, long caseId, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_NOTE) {
            throw ValidationException.of("text", body.isEmpty() ? "cases.note.textRequired" : "cases.field.tooLong", MAX_NOTE);
        }
        return store.guarded(actor, "case.note", CasesStore.caseTarget(caseId), tx -> {
            store.authorise(tx, actor, caseId, Access.Operation.ADD_NOTE);
            Instant now = store.clock.instant();
            long id = tx.insertReturningKey("INSERT INTO cases.note (case_id, author, created_at, body) VALUES (?, ?, ?, ?)",
                    caseId, actor.username(), now, body);
            touch(tx, caseId);
            store.success(actor, "case.note", CasesStore.caseTarget(caseId), "note=" + id);
            return new Note(id, caseId, actor.username(), now, body);
        });
    }

    @Override
    public List<Note> notes(Actor actor, long caseId) {
        return store.guarded(actor, "case.read", CasesStore.caseTarget(caseId), tx -> {
            store.authorise(tx, actor, caseId, Access.Operation.READ);
            store.success(actor, "case.read", CasesStore.caseTarget(caseId), "notes");
            return tx.query("SELECT * FROM cases.note WHERE case_id = ? ORDER BY id",
                    r -> new Note(r.getLong("id"), caseId, r.getString("author"), r.getInstant("created_at"),
                            r.getString("body")), caseId);
        });
    }

    @Override
    public Attachment addAttachment(Actor actor, long caseId, String fileName, String description, byte[] content) {
        String name = AttachmentFiles.cleanName(fileName);
        String text = description == null ? "" : description.strip();
        List<FieldError> errors = AttachmentFiles.problems(name, text, content);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String mediaType = AttachmentFiles.mediaType(content).orElseThrow();
        String sha256 = AttachmentFiles.sha256(content);
        return store.guarded(actor, "case.attachment", CasesStore.caseTarget(caseId), tx -> {
            store.authorise(tx, actor, caseId, Access.Operation.ADD_ATTACHMENT);
            Instant now = store.clock.instant();
            long id = tx.insertReturningKey("""
                    INSERT INTO cases.attachment (case_id, file_name, media_type, size_bytes, sha256, description,
                        uploaded_by, uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, caseId, name, mediaType, content.length, sha256, text, actor.username(), now);
            tx.update("INSERT INTO cases.attachment_content (attachment_id, content) VALUES (?, ?)", id, content.clone());
            touch(tx, caseId);
            store.success(actor, "case.attachment", CasesStore.caseTarget(caseId), "attachment=" + id);
            return new Attachment(id, caseId, name, mediaType, content.length, sha256, text, actor.username(), now);
        });
    }

    @Override
    public List<Attachment> attachments(Actor actor, long caseId) {
        return store.guarded(actor, "case.read", CasesStore.caseTarget(caseId), tx -> {
            store.authorise(tx, actor, caseId, Access.Operation.READ);
            store.success(actor, "case.read", CasesStore.caseTarget(caseId), "attachments");
            return tx.query("SELECT * FROM cases.attachment WHERE case_id = ? ORDER BY id", CaseServiceImpl::attachment,
                    caseId);
        });
    }

    @Override
    public AttachmentContent attachment(Actor actor, long attachmentId) {
        String target = "attachment:" + attachmentId;
        return store.guarded(actor, "case.attachment.read", target, tx -> {
            Attachment attachment = tx.queryOne("SELECT * FROM cases.attachment WHERE id = ?", CaseServiceImpl::attachment,
                    attachmentId).orElseThrow(() -> new NotFoundException("cases.attachment.notFound"));
            store.authorise(tx, actor, attachment.caseId(), Access.Operation.READ);
            byte[] content = tx.queryOne("SELECT content FROM cases.attachment_content WHERE attachment_id = ?",
                    r -> r.getBytes("content"), attachmentId).orElseThrow();
            store.success(actor, "case.attachment.read", CasesStore.caseTarget(attachment.caseId()),
                    "attachment=" + attachmentId);
            return new AttachmentContent(attachment, content);
        });
    }

    private static Attachment attachment(Row r) {
        return new Attachment(r.getLong("id"), r.getLong("case_id"), r.getString("file_name"), r.getString("media_type"),
                r.getInt("size_bytes"), r.getString("sha256"), r.getString("description"), r.getString("uploaded_by"),
                r.getInstant("uploaded_at"));
    }

    @Override
    public CaseTask addTask(Actor actor, long caseId, String title, LocalDate dueOn) {
        String text = title == null ? "" : title.strip();
        List<FieldError> errors = new ArrayList<>();
        if (text.isEmpty()) {
            errors.add(new FieldError("title", "cases.task.titleRequired"));
        }
        Checks.tooLong(errors, "title", text, 500);
        if (dueOn == null) {
            errors.add(new FieldError("dueOn", "cases.task.dueRequired"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.guarded(actor, "case.task", CasesStore.caseTarget(caseId), tx -> {
            store.authorise(tx, actor, caseId, Access.Operation.ADD_TASK);
            long id = tx.insertReturningKey(
                    "INSERT INTO cases.task (case_id, title, due_on, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                    caseId, text, dueOn, actor.username(), store.clock.instant());
            touch(tx, caseId);
            store.success(actor, "case.task", CasesStore.caseTarget(caseId), "task=" + id);
            return task(tx, id);
        });
    }

    @Override
    public CaseTask completeTask(Actor actor, long taskId) {
        return store.guarded(actor, "case.taskDone", "task:" + taskId, tx -> {
            CaseTask task = task(tx, taskId);
            store.authorise(tx, actor, task.caseId(), Access.Operation.ADD_TASK);
            if (task.done()) {
                throw new ConflictException("cases.task.alreadyDone");
            }
            tx.update("UPDATE cases.task SET done_at = ?, done_by = ? WHERE id = ?", store.clock.instant(), actor.username(),
                    taskId);
            store.success(actor, "case.taskDone", CasesStore.caseTarget(task.caseId()), "task=" + taskId);
            return task(tx, taskId);
        });
    }

    @Override
    public List<CaseTask> tasks(Actor actor, long caseId) {
        return store.guarded(actor, "case.read", CasesStore.caseTarget(caseId), tx -> {
            store.authorise(tx, actor, caseId, Access.Operation.READ);
            store.success(actor, "case.read", CasesStore.caseTarget(caseId), "tasks");
            return tx.query("SELECT * FROM cases.task WHERE case_id = ? ORDER BY due_on, id", this::task, caseId);
        });
    }

    @Override
    public void recordBestInterestsAssessment(Actor actor, long caseId, BestInterestsAssessment assessment) {
        List<FieldError> errors = new ArrayList<>();
        if (assessment == null || assessment.assessedOn() == null || assessment.assessedOn().isAfter(store.today())) {
            errors.add(new FieldError("assessedOn", "cases.bia.dateRequired"));
        }
        if (assessment == null || assessment.assessor().isEmpty()) {
            errors.add(new FieldError("assessor", "cases.bia.assessorRequired"));
        }
        if (assessment == null || assessment.summary().isEmpty()) {
            errors.add(new FieldError("summary", "cases.bia.summaryRequired"));
        } else {
            Checks.tooLong(errors, "summary", assessment.summary(), MAX_NOTE);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.guarded(actor, "case.bia", CasesStore.caseTarget(caseId), tx -> {
            CaseRow row = store.authorise(tx, actor, caseId, Access.Operation.RECORD_ASSESSMENT);
            if (!store.isChild(tx, row.personId())) {
                throw new ConflictException("cases.bia.notAChild");
            }
            guards.check(actor, ActionGuard.BEST_INTERESTS_ASSESSMENT);
            long id = tx.insertReturningKey("""
                    INSERT INTO cases.best_interests (case_id, assessed_on, assessor, summary, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, caseId, assessment.assessedOn(), assessment.assessor(), assessment.summary(), actor.username(),
                    store.clock.instant());
            touch(tx, caseId);
            store.success(actor, "case.bia", CasesStore.caseTarget(caseId), "bia=" + id);
            return id;
        });
    }

    @Override
    public List<BestInterestsAssessment> bestInterestsAssessments(Actor actor, long caseId) {
        return store.guarded(actor, "case.read", CasesStore.caseTarget(caseId), tx -> {
            store.authorise(tx, actor, caseId, Access.Operation.READ);
            store.success(actor, "case.read", CasesStore.caseTarget(caseId), "bia");
            return assessments(tx, caseId);
        });
    }

    @Override
    public Approval requestApproval(Actor actor, long caseId, ApprovalKind kind, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (kind == null) {
            throw ValidationException.of("kind", "cases.approval.kindRequired");
        }
        if (kind == ApprovalKind.CLOSURE && why.isEmpty()) {
            throw ValidationException.of("reason", "cases.approval.closureReasonRequired");
        }
        if (why.length() > 1000) {
            throw ValidationException.of("reason", "cases.field.tooLong", 1000);
        }
        return store.guarded(actor, "case.approvalRequest", CasesStore.caseTarget(caseId), tx -> {
            CaseRow row = store.authorise(tx, actor, caseId, Access.Operation.REQUEST_APPROVAL);
            if (!row.status().open()) {
                throw new ConflictException("cases.status.closed");
            }
            if (kind == ApprovalKind.CHILD_CASE_PLAN) {
                checkChildCasePlan(tx, row);
            }
            guards.check(actor, kind == ApprovalKind.CLOSURE ? ActionGuard.CASE_CLOSURE : ActionGuard.CHILD_CASE_PLAN);
            if (tx.queryLong("SELECT COUNT(*) FROM cases.approval WHERE case_id = ? AND kind = ? AND state = ?", caseId, kind,
                    ApprovalState.PENDING) > 0) {
                throw new ConflictException("cases.approval.alreadyPending", kind.name());
            }
            long id = tx.insertReturningKey("""
                    INSERT INTO cases.approval (case_id, kind, state, requested_by, requested_at, reason, note)
                    VALUES (?, ?, ?, ?, ?, ?, '')
                    """, caseId, kind, ApprovalState.PENDING, actor.username(), store.clock.instant(), why);
            store.success(actor, "case.approvalRequest", CasesStore.caseTarget(caseId), kind + " approval=" + id);
            return approval(tx, id);
        });
    }

    @Override
    public Approval decide(Actor actor, long approvalId, boolean approve, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000) {
            throw ValidationException.of("note", "cases.field.tooLong", 1000);
        }
        return store.guarded(actor, "case.approvalDecide", "approval:" + approvalId, tx -> {
            Approval approval = approval(tx, approvalId);
            CaseRow row = store.authorise(tx, actor, approval.caseId(), Access.Operation.DECIDE_APPROVAL);
            if (approval.requestedBy().equals(actor.username())) {
                throw new AccessDeniedException("cases.approval.ownRequest");
            }
            if (approval.state() != ApprovalState.PENDING) {
                throw new ConflictException("cases.approval.notPending");
            }
            if (approve) {
                if (approval.kind() == ApprovalKind.CLOSURE) {
                    if (!row.status().open()) {
                        throw new ConflictException("cases.status.closed");
                    }
                    moveTo(tx, actor, row, CaseStatus.CLOSED, approval.reason());
                } else {
                    checkChildCasePlan(tx, row);
                    moveTo(tx, actor, row, CaseStatus.CASE_PLAN, "");
                }
            }
            ApprovalState state = approve ? ApprovalState.APPROVED : ApprovalState.REJECTED;
            tx.update("UPDATE cases.approval SET state = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ?", state,
                    actor.username(), store.clock.instant(), text, approvalId);
            store.success(actor, "case.approvalDecide", CasesStore.caseTarget(row.id()),
                    approval.kind() + " " + state + " approval=" + approvalId);
            return approval(tx, approvalId);
        });
    }

    @Override
    public List<Approval> approvals(Actor actor, long caseId) {
        return store.guarded(actor, "case.read", CasesStore.caseTarget(caseId), tx -> {
            store.authorise(tx, actor, caseId, Access.Operation.READ);
            store.success(actor, "case.read", CasesStore.caseTarget(caseId), "approvals");
            return tx.query("SELECT * FROM cases.approval WHERE case_id = ? ORDER BY id", CaseServiceImpl::approval, caseId);
        });
    }

    @Override
    public EmergencyAccess breakGlass(Actor actor, long caseId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw ValidationException.of("reason", why.isEmpty() ? "cases.breakGlass.reasonRequired" : "cases.field.tooLong", 1000);
        }
        return store.guarded(actor, "case.breakGlass", CasesStore.caseTarget(caseId), tx -> {
            CaseRow row = store.requireCase(tx, caseId);
            if (!Access.mayBreakGlass(actor)) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            if (Access.allowed(actor, row, Access.Operation.READ, store.hasEmergencyAccess(tx, actor, caseId))) {
                throw new ConflictException("cases.breakGlass.notNeeded");
            }
            Instant now = store.clock.instant();
            Instant expires = now.plus(Duration.ofMinutes(EMERGENCY_MINUTES));
            tx.update("INSERT INTO cases.emergency_access (case_id, username, reason, granted_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                    caseId, actor.username(), why, now, expires);
            store.success(actor, "case.breakGlass", CasesStore.caseTarget(caseId), "minutes=" + EMERGENCY_MINUTES);
            return new EmergencyAccess(caseId, actor.username(), why, now, expires);
        });
    }

    @Override
    public CasePage search(Actor actor, CaseQuery query) {
        return store.guarded(actor, "case.search", "", tx -> {
            if (!Access.worksOnCases(actor)) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            Set<String> keys = query.name().isEmpty() ? Set.of() : CaseSearch.keysOf(store.names, query.name());
            if (!query.name().isEmpty() && !CaseSearch.searchable(keys)) {
                return new CasePage(List.of(), query.offset(), query.limit(), false);
            }
            List<Long> found = new CaseSearch(tx, actor, query, store.clock.instant(), store.today(), keys)
                    .find(query.offset() + query.limit() + 1);
            boolean more = found.size() > query.offset() + query.limit();
            List<Long> page = found.subList(Math.min(found.size(), query.offset()),
                    Math.min(found.size(), query.offset() + query.limit()));
            Map<Long, CaseRow> byId = page.isEmpty() ? Map.of() : CaseSearch.byId(tx.query(
                    "SELECT * FROM cases.case_file WHERE id IN (" + CasesStore.placeholders(page.size()) + ")",
                    CasesStore::caseRow, page.toArray()));
            List<CaseRow> rows = page.stream().map(byId::get).toList();
            List<CaseView> items = new ArrayList<>();
            for (CaseRow row : rows) {
                items.add(store.view(tx, row));
            }
            String ids = items.stream().map(v -> Long.toString(v.id())).collect(Collectors.joining(","));
            store.success(actor, "case.search", "", ("cases=" + ids).substring(0, Math.min(500, 6 + ids.length())));
            return new CasePage(items, query.offset(), query.limit(), more);
        });
    }

    @Override
    public Map<CaseStatus, Long> countByStatus(Actor actor) {
        return store.guarded(actor, "case.count", "", tx -> {
            StringBuilder sql = new StringBuilder("SELECT c.status, COUNT(*) AS n FROM cases.case_file c");
            List<Object> parameters = new ArrayList<>();
            if (Access.worksOnCases(actor)) {
                sql.append(" WHERE ");
                visibility(actor, sql, parameters);
            } else if (!actor.has(Role.SYSTEM_ADMIN) && !actor.has(Role.COUNTRY_ADMIN)) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            sql.append(" GROUP BY c.status");
            Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
            for (CaseStatus status : CaseStatus.values()) {
                counts.put(status, 0L);
            }
            tx.query(sql.toString(), r -> counts.put(CaseStatus.valueOf(r.getString("status")), r.getLong("n")),
                    parameters.toArray());
            store.success(actor, "case.count", "", "");
            return counts;
        });
    }

    // ---- helpers ----

    /** The cases the actor may read, as a SQL condition on {@code c}. */
    private void visibility(Actor actor, StringBuilder sql, List<Object> parameters) {
        List<String> parts = new ArrayList<>();
        if (actor.has(Role.SUPERVISOR)) {
            parts.add("c.organisation_id = ?");
            parameters.add(actor.organisationId());
        }
        if (actor.has(Role.CASEWORKER)) {
            parts.add("(c.organisation_id = ? AND (c.created_by = ? OR c.assigned_to = ?))");
            parameters.add(actor.organisationId());
            parameters.add(actor.username());
            parameters.add(actor.username());
        }
        parts.add("c.id IN (SELECT e.case_id FROM cases.emergency_access e WHERE e.username = ? AND e.expires_at > ?)");
        parameters.add(actor.username());
        parameters.add(store.clock.instant());
        sql.append('(').append(String.join(" OR ", parts)).append(')');
    }

    private void checkChildCasePlan(Transaction tx, CaseRow row) {
        if (!store.isChild(tx, row.personId())) {
            throw new ConflictException("cases.approval.notAChild");
        }
        if (row.status() != CaseStatus.ASSESSMENT) {
            throw new ConflictException("cases.status.illegal", row.status().name(), CaseStatus.CASE_PLAN.name());
        }
        if (store.childProtectionOn() && assessments(tx, row.id()).isEmpty()) {
            throw new ConflictException("cases.bia.required");
        }
    }

    private void moveTo(Transaction tx, Actor actor, CaseRow row, CaseStatus target, String closureReason) {
        tx.update("UPDATE cases.case_file SET status = ?, closure_reason = ?, updated_at = ? WHERE id = ?", target,
                closureReason, store.clock.instant(), row.id());
        history(tx, actor, row.id(), row.status(), target);
        store.success(actor, "case.status", CasesStore.caseTarget(row.id()), row.status() + ">" + target);
    }

    private void history(Transaction tx, Actor actor, long caseId, CaseStatus from, CaseStatus to) {
        tx.update("INSERT INTO cases.status_history (case_id, from_status, to_status, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)",
                caseId, from, to, actor.username(), store.clock.instant());
    }

    private void touch(Transaction tx, long caseId) {
        tx.update("UPDATE cases.case_file SET updated_at = ? WHERE id = ?", store.clock.instant(), caseId);
    }

    private CaseTask task(Transaction tx, long id) {
        return tx.queryOne("SELECT * FROM cases.task WHERE id = ?", this::task, id)
                .orElseThrow(() -> new NotFoundException("cases.task.notFound", id));
    }

    private CaseTask task(Row r) {
        Instant done = r.getInstant("done_at");
        LocalDate due = r.getLocalDate("due_on");
        return new CaseTask(r.getLong("id"), r.getLong("case_id"), r.getString("title"), due, r.getString("created_by"), done,
                done == null && due.isBefore(store.today()));
    }

    private static List<BestInterestsAssessment> assessments(Transaction tx, long caseId) {
        return tx.query("SELECT * FROM cases.best_interests WHERE case_id = ? ORDER BY id",
                r -> new BestInterestsAssessment(r.getLocalDate("assessed_on"), r.getString("assessor"), r.getString("summary")),
                caseId);
    }

    private static Approval approval(Transaction tx, long id) {
        return tx.queryOne("SELECT * FROM cases.approval WHERE id = ?", CaseServiceImpl::approval, id)
                .orElseThrow(() -> new NotFoundException("cases.approval.notFound", id));
    }

    private static Approval approval(Row r) {
        return new Approval(r.getLong("id"), r.getLong("case_id"), ApprovalKind.valueOf(r.getString("kind")),
                ApprovalState.valueOf(r.getString("state")), r.getString("requested_by"), r.getInstant("requested_at"),
                r.getString("reason"), r.getString("decided_by"), r.getInstant("decided_at"), r.getString("note"));
    }

    /** The next case number of the current year: {@code 2026-000001}, ... */
    private String nextNumber(Transaction tx) {
        int year = store.today().getYear();
        if (tx.update("UPDATE cases.case_sequence SET last_value = last_value + 1 WHERE case_year = ?", year) == 0) {
            tx.update("INSERT INTO cases.case_sequence (case_year, last_value) VALUES (?, 1)", year);
        }
        long value = tx.queryLong("SELECT last_value FROM cases.case_sequence WHERE case_year = ?", year);
        return String.format(java.util.Locale.ROOT, "%d-%06d", year, value);
    }

}
