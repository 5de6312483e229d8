package org.amparo.rest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.Approval;
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
import org.amparo.cases.Consent;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.DuplicateCandidate;
import org.amparo.cases.EmergencyAccess;
import org.amparo.cases.Location;
import org.amparo.cases.Name;
import org.amparo.cases.Note;
import org.amparo.cases.Person;
import org.amparo.cases.PersonService;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.Role;

/**
 * In-memory stand-ins for the case services (the real ones need a database and are tested in
 * their bundle and in the container): enough rules to see the resources convert bodies, actors,
 * results and refusals. Only caseworkers and supervisors may do anything; a person or case of
 * another organisation is refused as the real services refuse it. All data is fictional.
 */
final class CaseFakes {
    static final Instant AT = Instant.parse("2026-02-01T09:00:00Z");

    private CaseFakes() {
    }

    private static void requireCaseWork(Actor actor) {
        if (!actor.has(Role.CASEWORKER) && !actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("cases.error.accessDenied");
        }
    }

    static final class Persons implements PersonService {
        final java.util.List<org.amparo.cases.PersonChange> changeRecords = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public Person update(Actor actor, long personId, org.amparo.cases.PersonDetails details) {
            Person before = get(actor, personId);
            if (details.names().isEmpty() || details.names().get(0).original().isBlank()) {
                throw org.amparo.common.ValidationException.of("names[0].original", "cases.person.nameRequired");
            }
            Person after = new Person(personId, details, before.location(), before.child(), before.organisationId(),
                    before.createdBy(), before.createdAt());
            persons.put(personId, after);
            changeRecords.add(new org.amparo.cases.PersonChange(changeRecords.size() + 1, personId, actor.username(),
                    java.time.Instant.now(), java.util.List.of("names")));
            return after;
        }

        @Override
        public java.util.List<org.amparo.cases.PersonChange> changes(Actor actor, long personId) {
            get(actor, personId);
            return changeRecords.stream().filter(c -> c.personId() == personId).toList();
        }


        @Override
        public org.amparo.cases.PersonMerge merge(Actor actor, long keptId, long mergedId, String reason) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public org.amparo.cases.PersonMerge undoMerge(Actor actor, long mergeId) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public java.util.List<org.amparo.cases.PersonMerge> merges(Actor actor, long personId) {
            return java.util.List.of();
        }
        final Map<Long, Person> persons = new LinkedHashMap<>();
        final List<Consent> consents = new ArrayList<>();
        Actor lastActor;
        long refusals;

        @Override
        public RegistrationResult register(Actor actor, Registration registration) {
            lastActor = actor;
            requireCaseWork(actor);
            List<FieldError> errors = new ArrayList<>();
            if (registration.consent().date() == null) {
                errors.add(new FieldError("consent.date", "cases.consent.dateRequired"));
            }
            if (errors.isEmpty() && !registration.consent().gives(ConsentPurpose.REGISTRATION)) {
                errors.add(new FieldError("consent", "cases.consent.registrationRequired"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (registration.details().names().isEmpty()) {
                errors.add(new FieldError("names", "cases.person.nameRequired"));
            }
            if (registration.details().sex() == null) {
                errors.add(new FieldError("sex", "cases.person.sexRequired"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (!registration.notADuplicate()) {
                String first = registration.details().names().get(0).original();
                List<DuplicateCandidate> candidates = persons.values().stream()
                        .filter(p -> p.details().names().stream().map(Name::original).anyMatch(first::equalsIgnoreCase))
                        .map(p -> new DuplicateCandidate(p.id(), 0.9, List.of("names.reason.same-name", "SOME_CODE")))
                        .toList();
                if (!candidates.isEmpty()) {
                    return new RegistrationResult.PossibleDuplicates(candidates);
                }
            }
            long id = persons.size() + 1;
            Location location = registration.details().locationDivisionId().isEmpty() ? null
                    : new Location(registration.details().locationCountry(), registration.details().locationDivisionId(),
                            List.of("Region (fictional)", "Town (fictional)"));
            Person person = new Person(id, registration.details(), location, false, actor.organisationId(), actor.username(), AT);
            persons.put(id, person);
            return new RegistrationResult.Registered(person, store(actor, id, registration.consent()));
        }

        private List<Consent> store(Actor actor, Long personId, ConsentDecision decision) {
            List<Consent> stored = new ArrayList<>();
            for (ConsentPurpose purpose : decision.purposes()) {
                Consent consent = new Consent(consents.size() + 1, personId, purpose, decision.given(), decision.method(),
                        decision.language(), decision.date(), purpose == ConsentPurpose.SHARING ? decision.sharingWith() : Set.of(), actor.username(), AT, null, null);
                consents.add(consent);
                stored.add(consent);
            }
            return stored;
        }

        @Override
        public Consent recordRefusal(Actor actor, ConsentDecision refusal) {
            lastActor = actor;
            requireCaseWork(actor);
            if (refusal.given()) {
                throw ValidationException.of("consent.given", "cases.consent.refusalMustNotBeGiven");
            }
            refusals++;
            return store(actor, null, refusal).get(0);
        }

        @Override
        public long refusals(Actor actor) {
            requireCaseWork(actor);
            return refusals;
        }

        @Override
        public Person get(Actor actor, long personId) {
            lastActor = actor;
            requireCaseWork(actor);
            Person person = persons.get(personId);
            if (person == null) {
                throw new NotFoundException("cases.person.notFound", personId);
            }
            if (person.organisationId() != actor.organisationId()) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            return person;
        }

        @Override
        public List<Consent> consents(Actor actor, long personId) {
            get(actor, personId);
            return consents.stream().filter(c -> Long.valueOf(personId).equals(c.personId())).toList();
        }

        @Override
        public List<Consent> recordConsent(Actor actor, long personId, ConsentDecision decision) {
            get(actor, personId);
            if (decision.method() == null) {
                throw ValidationException.of("consent.method", "cases.consent.methodRequired");
            }
            store(actor, personId, decision);
            return consents(actor, personId);
        }

        @Override
        public Consent withdrawConsent(Actor actor, long personId, ConsentPurpose purpose, LocalDate date) {
            get(actor, personId);
            for (int i = 0; i < consents.size(); i++) {
                Consent c = consents.get(i);
                if (Long.valueOf(personId).equals(c.personId()) && c.purpose() == purpose && c.active()) {
                    Consent withdrawn = new Consent(c.id(), c.personId(), c.purpose(), c.given(), c.method(), c.language(),
                            c.date(), c.sharingWith(), c.recordedBy(), c.recordedAt(), date, actor.username());
                    consents.set(i, withdrawn);
                    return withdrawn;
                }
            }
            throw new ConflictException("cases.consent.notActive", purpose.name());
        }

        @Override
        public List<DuplicateCandidate> duplicates(Actor actor, long personId) {
            get(actor, personId);
            return persons.keySet().stream().filter(id -> id != personId)
                    .map(id -> new DuplicateCandidate(id, 0.5, List.of("names.reason.same-name"))).toList();
        }
    }

    static final class Cases implements CaseService {
        @Override
        public CaseView requireAccess(Actor actor, long caseId, boolean work, String action) {
            return get(actor, caseId);
        }

        final java.util.List<org.amparo.cases.AttachmentContent> attachmentRecords = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public org.amparo.cases.Attachment addAttachment(Actor actor, long caseId, String fileName, String description,
                byte[] content) {
            get(actor, caseId);
            if (content == null || content.length == 0) {
                throw org.amparo.common.ValidationException.of("content", "cases.attachment.empty");
            }
            if (content.length > MAX_ATTACHMENT_BYTES) {
                throw org.amparo.common.ValidationException.of("content", "cases.attachment.tooLarge", 5);
            }
            if (content[0] != '%') {
                throw org.amparo.common.ValidationException.of("content", "cases.attachment.typeRefused");
            }
            org.amparo.cases.Attachment a = new org.amparo.cases.Attachment(1000 + attachmentRecords.size(), caseId, fileName,
                    "application/pdf", content.length, "0".repeat(64), description == null ? "" : description.strip(),
                    actor.username(), java.time.Instant.now());
            attachmentRecords.add(new org.amparo.cases.AttachmentContent(a, content.clone()));
            return a;
        }

        @Override
        public java.util.List<org.amparo.cases.Attachment> attachments(Actor actor, long caseId) {
            get(actor, caseId);
            return attachmentRecords.stream().map(org.amparo.cases.AttachmentContent::attachment).filter(a -> a.caseId() == caseId)
                    .toList();
        }

        @Override
        public org.amparo.cases.AttachmentContent attachment(Actor actor, long attachmentId) {
            org.amparo.cases.AttachmentContent found = attachmentRecords.stream()
                    .filter(a -> a.attachment().id() == attachmentId).findFirst()
                    .orElseThrow(() -> new org.amparo.common.NotFoundException("cases.attachment.notFound"));
            get(actor, found.attachment().caseId());
            return found;
        }

        final Persons persons;
        final Map<Long, CaseView> cases = new LinkedHashMap<>();
        final List<Note> notes = new ArrayList<>();
        final List<CaseTask> tasks = new ArrayList<>();
        final List<BestInterestsAssessment> assessments = new ArrayList<>();
        final List<Approval> approvals = new ArrayList<>();
        Actor lastActor;
        CaseQuery lastQuery;

        Cases(Persons persons) {
            this.persons = persons;
        }

        private CaseView visible(Actor actor, long caseId) {
            lastActor = actor;
            requireCaseWork(actor);
            CaseView view = cases.get(caseId);
            if (view == null) {
                throw new NotFoundException("cases.case.notFound", caseId);
            }
            if (view.organisationId() != actor.organisationId()) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            return view;
        }

        private CaseView with(CaseView v, CaseStatus status, String assignedTo, String closureReason) {
            CaseView changed = new CaseView(v.id(), v.number(), v.personId(), v.organisationId(), status, closureReason,
                    v.flags(), v.child(), v.createdBy(), assignedTo, v.createdAt(), AT.plusSeconds(60));
            cases.put(v.id(), changed);
            return changed;
        }

        @Override
        public CaseView open(Actor actor, long personId, Set<CaseFlag> flags) {
            Person person = persons.get(actor, personId);
            long id = cases.size() + 1;
            CaseView view = new CaseView(id, "2026-" + String.format("%06d", id), person.id(), actor.organisationId(),
                    CaseStatus.IDENTIFICATION, "", flags, person.child(), actor.username(), actor.username(), AT, AT);
            cases.put(id, view);
            return view;
        }

        @Override
        public CaseView get(Actor actor, long caseId) {
            return visible(actor, caseId);
        }

        @Override
        public List<CaseView> casesOf(Actor actor, long personId) {
            persons.get(actor, personId);
            return cases.values().stream().filter(c -> c.personId() == personId).toList();
        }

        @Override
        public CaseView changeStatus(Actor actor, long caseId, CaseStatus target) {
            CaseView view = visible(actor, caseId);
            if (target == null) {
                throw ValidationException.of("status", "cases.status.required");
            }
            if (target == CaseStatus.CLOSED) {
                throw new ConflictException("cases.status.closureNeedsApproval");
            }
            if (!view.status().next().contains(target)) {
                throw new ConflictException("cases.status.illegal", view.status().name(), target.name());
            }
            return with(view, target, view.assignedTo(), "");
        }

        @Override
        public CaseView assign(Actor actor, long caseId, String username) {
            CaseView view = visible(actor, caseId);
            if (!actor.has(Role.SUPERVISOR)) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            return with(view, view.status(), username, view.closureReason());
        }

        @Override
        public Note addNote(Actor actor, long caseId, String text) {
            visible(actor, caseId);
            if (text == null || text.isBlank()) {
                throw ValidationException.of("text", "cases.note.textRequired");
            }
            Note note = new Note(notes.size() + 1, caseId, actor.username(), AT, text.strip());
            notes.add(note);
            return note;
        }

        @Override
        public List<Note> notes(Actor actor, long caseId) {
            visible(actor, caseId);
            return notes.stream().filter(n -> n.caseId() == caseId).toList();
        }

        @Override
        public CaseTask addTask(Actor actor, long caseId, String title, LocalDate dueOn) {
            visible(actor, caseId);
            if (dueOn == null) {
                throw ValidationException.of("dueOn", "cases.task.dueRequired");
            }
            CaseTask task = new CaseTask(tasks.size() + 1, caseId, title, dueOn, actor.username(), null,
                    dueOn.isBefore(LocalDate.of(2026, 2, 1)));
            tasks.add(task);
            return task;
        }

        @Override
        public CaseTask completeTask(Actor actor, long taskId) {
            CaseTask task = tasks.stream().filter(t -> t.id() == taskId).findFirst()
                    .orElseThrow(() -> new NotFoundException("cases.task.notFound", taskId));
            visible(actor, task.caseId());
            if (task.done()) {
                throw new ConflictException("cases.task.alreadyDone");
            }
            CaseTask done = new CaseTask(task.id(), task.caseId(), task.title(), task.dueOn(), task.createdBy(), AT, false);
            tasks.set((int) taskId - 1, done);
            return done;
        }

        @Override
        public List<CaseTask> tasks(Actor actor, long caseId) {
            visible(actor, caseId);
            return tasks.stream().filter(t -> t.caseId() == caseId).toList();
        }

        @Override
        public void recordBestInterestsAssessment(Actor actor, long caseId, BestInterestsAssessment assessment) {
            visible(actor, caseId);
            assessments.add(assessment);
        }

        @Override
        public List<BestInterestsAssessment> bestInterestsAssessments(Actor actor, long caseId) {
            visible(actor, caseId);
            return List.copyOf(assessments);
        }

        @Override
        public Approval requestApproval(Actor actor, long caseId, ApprovalKind kind, String reason) {
            visible(actor, caseId);
            if (kind == null) {
                throw ValidationException.of("kind", "cases.approval.kindRequired");
            }
            Approval approval = new Approval(approvals.size() + 1, caseId, kind, ApprovalState.PENDING, actor.username(), AT,
                    reason == null ? "" : reason, null, null, "");
            approvals.add(approval);
            return approval;
        }

        @Override
        public Approval decide(Actor actor, long approvalId, boolean approve, String note) {
            Approval a = approvals.stream().filter(x -> x.id() == approvalId).findFirst()
                    .orElseThrow(() -> new NotFoundException("cases.approval.notFound", approvalId));
            CaseView view = visible(actor, a.caseId());
            if (!actor.has(Role.SUPERVISOR)) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            if (a.requestedBy().equals(actor.username())) {
                throw new ConflictException("cases.approval.ownRequest");
            }
            Approval decided = new Approval(a.id(), a.caseId(), a.kind(), approve ? ApprovalState.APPROVED : ApprovalState.REJECTED,
                    a.requestedBy(), a.requestedAt(), a.reason(), actor.username(), AT, note == null ? "" : note);
            approvals.set((int) approvalId - 1, decided);
            if (approve && a.kind() == ApprovalKind.CLOSURE) {
                with(view, CaseStatus.CLOSED, view.assignedTo(), a.reason());
            }
            return decided;
        }

        @Override
        public List<Approval> approvals(Actor actor, long caseId) {
            visible(actor, caseId);
            return approvals.stream().filter(a -> a.caseId() == caseId).toList();
        }

        @Override
        public EmergencyAccess breakGlass(Actor actor, long caseId, String reason) {
            lastActor = actor;
            requireCaseWork(actor);
            if (!cases.containsKey(caseId)) {
                throw new NotFoundException("cases.case.notFound", caseId);
            }
            if (reason == null || reason.isBlank()) {
                throw ValidationException.of("reason", "cases.breakGlass.reasonRequired");
            }
            return new EmergencyAccess(caseId, actor.username(), reason.strip(), AT, AT.plusSeconds(EMERGENCY_MINUTES * 60L));
        }

        @Override
        public CasePage search(Actor actor, CaseQuery query) {
            lastActor = actor;
            lastQuery = query;
            requireCaseWork(actor);
            List<CaseView> matching = cases.values().stream()
                    .filter(c -> c.organisationId() == actor.organisationId())
                    .filter(c -> query.status() == null || c.status() == query.status())
                    .filter(c -> query.flag() == null || c.flags().contains(query.flag()))
                    .sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
            int end = Math.min(matching.size(), query.offset() + query.limit());
            return new CasePage(query.offset() >= end ? List.of() : matching.subList(query.offset(), end), query.offset(),
                    query.limit(), end < matching.size());
        }

        @Override
        public Map<CaseStatus, Long> countByStatus(Actor actor) {
            lastActor = actor;
            Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
            cases.values().forEach(c -> counts.merge(c.status(), 1L, Long::sum));
            return counts;
        }
    }
}
