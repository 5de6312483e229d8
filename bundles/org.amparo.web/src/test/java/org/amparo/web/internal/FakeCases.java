package org.amparo.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

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
 * In-memory stand-ins for the cases services (tested for real in their own bundle), with just
 * enough of their rules to drive the pages: consent first, duplicates by equal first name,
 * need-to-know (a caseworker sees what they opened or are assigned, a supervisor their
 * organisation's), supervisors decide others' requests.
 */
final class FakeCases {
    final Persons persons = new Persons();
    final Cases cases = new Cases();
    final Map<Long, Person> personRecords = new ConcurrentHashMap<>();
    final Map<Long, CaseView> caseRecords = new ConcurrentHashMap<>();
    final List<Consent> consents = new CopyOnWriteArrayList<>();
    final List<Approval> approvals = new CopyOnWriteArrayList<>();
    final List<Note> notes = new CopyOnWriteArrayList<>();
    final List<CaseTask> tasks = new CopyOnWriteArrayList<>();
    final List<ConsentDecision> refusals = new CopyOnWriteArrayList<>();
    final List<Registration> registrations = new CopyOnWriteArrayList<>();
    final List<String> duplicateReasons = new ArrayList<>(List.of("SAME_NAME", "same-birth-date"));
    private final AtomicLong ids = new AtomicLong(100);

    private static void caseWork(Actor actor) {
        if (!actor.has(Role.CASEWORKER) && !actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("cases.error.accessDenied");
        }
    }

    /** The person service. */
    final java.util.List<org.amparo.cases.PersonMerge> mergeRecords = new java.util.ArrayList<>();

    final class Persons implements PersonService {
        final java.util.List<org.amparo.cases.PersonChange> changeRecords = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public Person update(Actor actor, long personId, org.amparo.cases.PersonDetails details) {
            Person before = get(actor, personId);
            if (details.names().isEmpty() || details.names().get(0).original().isBlank()) {
                throw org.amparo.common.ValidationException.of("names[0].original", "cases.person.nameRequired");
            }
            Person after = new Person(personId, details, before.location(), before.child(), before.organisationId(),
                    before.createdBy(), before.createdAt());
            personRecords.put(personId, after);
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
            if (reason == null || reason.isBlank()) {
                throw new org.amparo.common.ValidationException(
                        java.util.List.of(new org.amparo.common.FieldError("reason", "cases.merge.reasonRequired")));
            }
            org.amparo.cases.PersonMerge merge = new org.amparo.cases.PersonMerge(mergeRecords.size() + 1, keptId, mergedId,
                    actor.username(), java.time.Instant.parse("2026-11-28T10:00:00Z"), reason, java.util.List.of(), null, null);
            mergeRecords.add(merge);
            return merge;
        }

        @Override
        public org.amparo.cases.PersonMerge undoMerge(Actor actor, long mergeId) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public java.util.List<org.amparo.cases.PersonMerge> merges(Actor actor, long personId) {
            return mergeRecords.stream().filter(m -> m.keptId() == personId || m.mergedId() == personId).toList();
        }

    @Override
    public RegistrationResult register(Actor actor, Registration registration) {
        caseWork(actor);
        if (!registration.consent().gives(ConsentPurpose.REGISTRATION)) {
            throw ValidationException.of("consent", "cases.consent.registrationRequired");
        }
        List<FieldError> errors = new ArrayList<>();
        if (registration.details().names().isEmpty() || registration.details().names().get(0).original().isEmpty()) {
            errors.add(new FieldError("names[0].original", "cases.person.nameRequired"));
        }
        if (registration.details().sex() == null) {
            errors.add(new FieldError("sex", "cases.person.sexRequired"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String first = registration.details().names().get(0).original();
        if (!registration.notADuplicate()) {
            List<DuplicateCandidate> candidates = personRecords.values().stream()
                    .filter(p -> p.details().names().get(0).original().equals(first))
                    .map(p -> new DuplicateCandidate(p.id(), 0.93, duplicateReasons)).toList();
            if (!candidates.isEmpty()) {
                return new RegistrationResult.PossibleDuplicates(candidates);
            }
        }
        registrations.add(registration);
        Person person = addPerson(actor, registration.details(), false);
        return new RegistrationResult.Registered(person, recordConsent(actor, person.id(), registration.consent()));
    }

    Person addPerson(Actor actor, org.amparo.cases.PersonDetails details, boolean child) {
        long id = ids.incrementAndGet();
        Person person = new Person(id, details, null, child, actor.organisationId(), actor.username(), Instant.now());
        personRecords.put(id, person);
        return person;
    }

    @Override
    public Consent recordRefusal(Actor actor, ConsentDecision refusal) {
        caseWork(actor);
        if (refusal.given()) {
            throw ValidationException.of("consent.given", "cases.consent.refusalMustNotBeGiven");
        }
        refusals.add(refusal);
        return new Consent(ids.incrementAndGet(), null, refusal.purposes().iterator().next(), false, refusal.method(),
                refusal.language(), refusal.date(), Set.of(), actor.username(), Instant.now(), null, null);
    }

    @Override
    public long refusals(Actor actor) {
        return refusals.size();
    }

    @Override
    public Person get(Actor actor, long personId) {
        caseWork(actor);
        Person person = personRecords.get(personId);
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
        List<Consent> added = new ArrayList<>();
        for (ConsentPurpose purpose : decision.purposes()) {
            Consent consent = new Consent(ids.incrementAndGet(), personId, purpose, decision.given(), decision.method(),
                    decision.language(), decision.date(), purpose == ConsentPurpose.SHARING ? decision.sharingWith() : Set.of(),
                    actor.username(), Instant.now(), null, null);
            consents.add(consent);
            added.add(consent);
        }
        return added;
    }

    @Override
    public Consent withdrawConsent(Actor actor, long personId, ConsentPurpose purpose, LocalDate date) {
        get(actor, personId);
        for (Consent c : consents) {
            if (Long.valueOf(personId).equals(c.personId()) && c.purpose() == purpose && c.active()) {
                Consent withdrawn = new Consent(c.id(), c.personId(), c.purpose(), c.given(), c.method(), c.language(), c.date(),
                        c.sharingWith(), c.recordedBy(), c.recordedAt(), date, actor.username());
                consents.set(consents.indexOf(c), withdrawn);
                return withdrawn;
            }
        }
        throw new ConflictException("cases.consent.notActive", purpose);
    }

    @Override
    public List<DuplicateCandidate> duplicates(Actor actor, long personId) {
        Person person = get(actor, personId);
        String first = person.details().names().get(0).original();
        return personRecords.values().stream().filter(p -> p.id() != personId)
                .filter(p -> p.details().names().get(0).original().equals(first))
                .map(p -> new DuplicateCandidate(p.id(), 0.9, duplicateReasons)).toList();
    }

    }

    /** The case service. */
    final class Cases implements CaseService {
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


    private CaseView visible(Actor actor, long caseId) {
        caseWork(actor);
        CaseView view = caseRecords.get(caseId);
        if (view == null) {
            throw new NotFoundException("cases.case.notFound", caseId);
        }
        boolean allowed = actor.has(Role.SUPERVISOR) ? view.organisationId() == actor.organisationId()
                : view.createdBy().equals(actor.username()) || view.assignedTo().equals(actor.username());
        if (!allowed && !emergency.contains(actor.username() + "/" + caseId)) {
            throw new AccessDeniedException("cases.error.accessDenied");
        }
        return view;
    }

    private final Set<String> emergency = ConcurrentHashMap.newKeySet();

    private CaseView replace(CaseView v, CaseStatus status, String assignedTo, String closureReason) {
        CaseView changed = new CaseView(v.id(), v.number(), v.personId(), v.organisationId(), status, closureReason, v.flags(),
                v.child(), v.createdBy(), assignedTo, v.createdAt(), Instant.now());
        caseRecords.put(v.id(), changed);
        return changed;
    }

    @Override
    public CaseView open(Actor actor, long personId, Set<CaseFlag> flags) {
        Person person = persons.get(actor, personId);
        long id = ids.incrementAndGet();
        CaseView view = new CaseView(id, "2026-" + String.format("%06d", id), personId, actor.organisationId(),
                CaseStatus.IDENTIFICATION, "", flags, person.child(), actor.username(), actor.username(),
                Instant.now().plusSeconds(id), Instant.now().plusSeconds(id));
        caseRecords.put(id, view);
        return view;
    }

    @Override
    public CaseView get(Actor actor, long caseId) {
        return visible(actor, caseId);
    }

    @Override
    public List<CaseView> casesOf(Actor actor, long personId) {
        return caseRecords.values().stream().filter(c -> c.personId() == personId).filter(c -> {
            try {
                visible(actor, c.id());
                return true;
            } catch (AccessDeniedException e) {
                return false;
            }
        }).toList();
    }

    @Override
    public CaseView changeStatus(Actor actor, long caseId, CaseStatus target) {
        CaseView view = visible(actor, caseId);
        if (!view.status().next().contains(target)) {
            throw new ConflictException("cases.status.illegal", view.status(), target);
        }
        if (view.child() && target == CaseStatus.CASE_PLAN) {
            throw new ConflictException("cases.status.childCasePlanNeedsApproval");
        }
        return replace(view, target, view.assignedTo(), "");
    }

    @Override
    public CaseView assign(Actor actor, long caseId, String username) {
        CaseView view = visible(actor, caseId);
        if (!actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("cases.error.accessDenied");
        }
        return replace(view, view.status(), username, view.closureReason());
    }

    @Override
    public Note addNote(Actor actor, long caseId, String text) {
        visible(actor, caseId);
        if (text == null || text.isBlank()) {
            throw ValidationException.of("text", "cases.note.textRequired");
        }
        Note note = new Note(ids.incrementAndGet(), caseId, actor.username(), Instant.now(), text.strip());
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
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "cases.task.titleRequired"));
        }
        if (dueOn == null) {
            errors.add(new FieldError("dueOn", "cases.task.dueRequired"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CaseTask task = new CaseTask(ids.incrementAndGet(), caseId, title.strip(), dueOn, actor.username(), null,
                dueOn.isBefore(LocalDate.now()));
        tasks.add(task);
        return task;
    }

    @Override
    public CaseTask completeTask(Actor actor, long taskId) {
        for (CaseTask t : tasks) {
            if (t.id() == taskId) {
                visible(actor, t.caseId());
                CaseTask done = new CaseTask(t.id(), t.caseId(), t.title(), t.dueOn(), t.createdBy(), Instant.now(), false);
                tasks.set(tasks.indexOf(t), done);
                return done;
            }
        }
        throw new NotFoundException("cases.task.notFound", taskId);
    }

    @Override
    public List<CaseTask> tasks(Actor actor, long caseId) {
        visible(actor, caseId);
        return tasks.stream().filter(t -> t.caseId() == caseId).toList();
    }

    @Override
    public void recordBestInterestsAssessment(Actor actor, long caseId, BestInterestsAssessment assessment) {
        visible(actor, caseId);
    }

    @Override
    public List<BestInterestsAssessment> bestInterestsAssessments(Actor actor, long caseId) {
        visible(actor, caseId);
        return List.of();
    }

    @Override
    public Approval requestApproval(Actor actor, long caseId, ApprovalKind kind, String reason) {
        visible(actor, caseId);
        if (kind == ApprovalKind.CLOSURE && (reason == null || reason.isBlank())) {
            throw ValidationException.of("reason", "cases.approval.closureReasonRequired");
        }
        Approval approval = new Approval(ids.incrementAndGet(), caseId, kind, ApprovalState.PENDING, actor.username(),
                Instant.now(), reason == null ? "" : reason.strip(), null, null, "");
        approvals.add(approval);
        return approval;
    }

    @Override
    public Approval decide(Actor actor, long approvalId, boolean approve, String note) {
        for (Approval a : approvals) {
            if (a.id() == approvalId) {
                CaseView view = visible(actor, a.caseId());
                if (!actor.has(Role.SUPERVISOR) || a.requestedBy().equals(actor.username())) {
                    throw new AccessDeniedException("cases.error.accessDenied");
                }
                Approval decided = new Approval(a.id(), a.caseId(), a.kind(), approve ? ApprovalState.APPROVED
                        : ApprovalState.REJECTED, a.requestedBy(), a.requestedAt(), a.reason(), actor.username(), Instant.now(),
                        note == null ? "" : note);
                approvals.set(approvals.indexOf(a), decided);
                if (approve && a.kind() == ApprovalKind.CLOSURE) {
                    replace(view, CaseStatus.CLOSED, view.assignedTo(), a.reason());
                }
                return decided;
            }
        }
        throw new NotFoundException("cases.approval.notFound", approvalId);
    }

    @Override
    public List<Approval> approvals(Actor actor, long caseId) {
        visible(actor, caseId);
        return approvals.stream().filter(a -> a.caseId() == caseId).toList();
    }

    @Override
    public EmergencyAccess breakGlass(Actor actor, long caseId, String reason) {
        caseWork(actor);
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "cases.breakGlass.reasonRequired");
        }
        emergency.add(actor.username() + "/" + caseId);
        return new EmergencyAccess(caseId, actor.username(), reason, Instant.now(),
                Instant.now().plusSeconds(EMERGENCY_MINUTES * 60L));
    }

    @Override
    public CasePage search(Actor actor, CaseQuery query) {
        List<CaseView> matching = caseRecords.values().stream().filter(c -> {
            try {
                visible(actor, c.id());
                return true;
            } catch (AccessDeniedException e) {
                return false;
            }
        }).filter(c -> query.number().isEmpty() || c.number().equals(query.number()))
                .filter(c -> query.status() == null || c.status() == query.status())
                .filter(c -> query.name().isEmpty() || personRecords.get(c.personId()).details().names().stream()
                        .anyMatch(n -> n.original().startsWith(query.name())))
                .sorted(Comparator.comparing(CaseView::createdAt).reversed()).toList();
        int end = Math.min(matching.size(), query.offset() + query.limit());
        List<CaseView> items = query.offset() >= matching.size() ? List.of() : matching.subList(query.offset(), end);
        return new CasePage(items, query.offset(), query.limit(), end < matching.size());
    }

    @Override
    public Map<CaseStatus, Long> countByStatus(Actor actor) {
        return new EnumMap<>(CaseStatus.class);
    }
    }
}
