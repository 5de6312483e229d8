package org.amparo.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.amparo.cases.AgeAssessment;
import org.amparo.cases.Approval;
import org.amparo.cases.ApprovalKind;
import org.amparo.cases.BestInterestsAssessment;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CasePage;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseTask;
import org.amparo.cases.Consent;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Document;
import org.amparo.cases.DocumentHolder;
import org.amparo.cases.DuplicateCandidate;
import org.amparo.cases.EmergencyAccess;
import org.amparo.cases.Location;
import org.amparo.cases.Name;
import org.amparo.cases.Note;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.Sex;
import org.amparo.common.FieldError;

/**
 * The JSON bodies of {@code /persons}, {@code /consent-refusals}, {@code /cases}, {@code /tasks}
 * and {@code /approvals}: the case API's records copied into records of this bundle, so that a
 * change there cannot change the API by accident. Dates are ISO-8601 strings ({@code 2026-01-31}),
 * times ISO-8601 instants in UTC; enumerations travel by their constant names. Request field names
 * are the ones the services name in their validation errors, so that every {@code fields[].field}
 * of a 400 points into the body that was sent.
 */
final class CaseDto {
    private CaseDto() {
    }

    // ---------------------------------------------------------------- requests

    /**
     * A consent decision as the caseworker records it.
     *
     * @param date ISO date of the decision
     * @param given true: consent given; false: refused (required)
     */
    public record ConsentRequest(List<ConsentPurpose> purposes, List<String> sharingWith, ConsentMethod method,
            String language, String date, Boolean given) {
        ConsentDecision toDecision(String prefix, List<FieldError> errors) {
            if (given == null) {
                errors.add(new FieldError(prefix + "given", "rest.field.required"));
            }
            return new ConsentDecision(purposes == null ? Set.of() : enumSet(ConsentPurpose.class, purposes),
                    sharingWith == null ? Set.of() : Set.copyOf(sharingWith.stream().filter(s -> s != null).toList()),
                    method, language, CaseDto.date(prefix + "date", date, errors), Boolean.TRUE.equals(given));
        }
    }

    public record NameBody(String original, String latin) {
        static NameBody of(Name name) {
            return new NameBody(name.original(), name.latin());
        }
    }

    /**
     * Optional numbers and flags of request records are boxed: the strict reader refuses a missing
     * primitive.
     *
     * @param assessedOn ISO date
     */
    public record AgeAssessmentBody(Integer minimumAge, Integer maximumAge, String method, String assessedOn, String assessedBy) {
        static AgeAssessmentBody of(AgeAssessment assessment) {
            return assessment == null ? null
                    : new AgeAssessmentBody(assessment.minimumAge(), assessment.maximumAge(), assessment.method(),
                            isoDate(assessment.assessedOn()), assessment.assessedBy());
        }
    }

    public record DocumentRequest(String type, DocumentHolder heldBy) {
    }

    /**
     * {@code POST /persons}: the consent decision, then what is recorded about the person (the
     * fields of {@link PersonDetails}, dates as ISO strings).
     *
     * @param notADuplicate true once the possible duplicates of a 409 were looked at
     */
    public record RegistrationRequest(ConsentRequest consent, List<NameBody> names, Sex sex, String genderIdentity,
            String dateOfBirth, Boolean dateOfBirthEstimated, Integer claimedAge, String documentedDateOfBirth,
            AgeAssessmentBody assessedAge, String nationality, List<String> languages, List<DocumentRequest> documents,
            String locationCountry, String locationDivisionId, String contact, Boolean notADuplicate) {
        boolean confirmedNotADuplicate() {
            return Boolean.TRUE.equals(notADuplicate);
        }

        @Override
        public String toString() {
            return "RegistrationRequest[****]";
        }
    }

    /**
     * {@code PUT /persons/{id}}: every detail of a registered person, replacing what was recorded
     * (the same fields as a registration, without the consent decision).
     */
    public record DetailsRequest(List<NameBody> names, Sex sex, String genderIdentity, String dateOfBirth,
            Boolean dateOfBirthEstimated, Integer claimedAge, String documentedDateOfBirth, AgeAssessmentBody assessedAge,
            String nationality, List<String> languages, List<DocumentRequest> documents, String locationCountry,
            String locationDivisionId, String contact) {
        RegistrationRequest asRegistration() {
            return new RegistrationRequest(null, names, sex, genderIdentity, dateOfBirth, dateOfBirthEstimated, claimedAge,
                    documentedDateOfBirth, assessedAge, nationality, languages, documents, locationCountry, locationDivisionId,
                    contact, null);
        }

        @Override
        public String toString() {
            return "DetailsRequest[****]";
        }
    }

    /** @param fields the names of the details that changed */
    public record ChangeView(long id, long personId, String changedBy, String changedAt, List<String> fields) {
        static ChangeView of(org.amparo.cases.PersonChange c) {
            return new ChangeView(c.id(), c.personId(), c.changedBy(), Dto.iso(c.changedAt()), c.fields());
        }
    }

    /**
     * {@code POST /cases/{id}/attachments}.
     *
     * @param fileName    the file's name (its extension must agree with its content)
     * @param description what it is, optional
     * @param content     the file, base64-encoded (RFC 4648), at most 5 MiB once decoded
     */
    public record AttachmentRequest(String fileName, String description, String content) {
        @Override
        public String toString() {
            return "AttachmentRequest[****]";
        }
    }

    /** @param mediaType found in the content; @param size bytes; @param sha256 hex digest of the content */
    public record AttachmentView(long id, long caseId, String fileName, String mediaType, long size, String sha256,
            String description, String uploadedBy, String uploadedAt) {
        static AttachmentView of(org.amparo.cases.Attachment a) {
            return new AttachmentView(a.id(), a.caseId(), a.fileName(), a.mediaType(), a.size(), a.sha256(), a.description(),
                    a.uploadedBy(), Dto.iso(a.uploadedAt()));
        }

        @Override
        public String toString() {
            return "AttachmentView[id=" + id + "]";
        }
    }

    /** @param date ISO date on which the person withdrew consent */
    public record WithdrawalRequest(String date) {
    }

    /** @param personId the registered person; @param flags why the case is open */
    public record OpenCaseRequest(Long personId, List<CaseFlag> flags) {
    }

    public record StatusRequest(CaseStatus status) {
    }

    /** @param assignee the user name of a caseworker or supervisor of the same organisation */
    public record AssignmentRequest(String assignee) {
    }

    /** Case search filters in a body, so that a name never goes into a URL. */
    public record SearchRequest(String name, String number, String status, String flag, String assignee, Boolean overdue,
            Integer offset, Integer limit) {
        @Override
        public String toString() {
            return "SearchRequest[****]";
        }
    }

    public record NoteRequest(String text) {
        @Override
        public String toString() {
            return "NoteRequest[****]";
        }
    }

    /** @param dueOn ISO date */
    public record TaskRequest(String title, String dueOn) {
    }

    /** @param assessedOn ISO date */
    public record AssessmentRequest(String assessedOn, String assessor, String summary) {
        @Override
        public String toString() {
            return "AssessmentRequest[****]";
        }
    }

    public record ApprovalRequest(ApprovalKind kind, String reason) {
    }

    /** @param approve true to approve, false to reject */
    public record DecisionRequest(Boolean approve, String note) {
    }

    public record EmergencyAccessRequest(String reason) {
    }

    // ---------------------------------------------------------------- replies

    /** A list reply: {@code {"items":[...]}}. */
    public record Items<T>(List<T> items) {
        public Items {
            items = List.copyOf(items);
        }

        static <S, T> Items<T> of(Collection<S> values, Function<S, T> view) {
            return new Items<>(values.stream().map(view).toList());
        }
    }

    public record DocumentView(String type, String heldBy) {
        static DocumentView of(Document document) {
            return new DocumentView(document.type(), document.heldBy().name());
        }
    }

    /** @param namePath names of the division and its enclosing divisions when recorded, top first */
    public record LocationView(String country, String divisionId, List<String> namePath) {
        static LocationView of(Location location) {
            return location == null ? null : new LocationView(location.country(), location.divisionId(), location.namePath());
        }
    }

    /**
     * A registered person.
     *
     * @param location null when none was recorded
     * @param child true when any recorded age or date of birth is under the age of majority
     */
    public record PersonView(long id, List<NameBody> names, String sex, String genderIdentity, String dateOfBirth,
            boolean dateOfBirthEstimated, Integer claimedAge, String documentedDateOfBirth, AgeAssessmentBody assessedAge,
            String nationality, List<String> languages, List<DocumentView> documents, LocationView location,
            String contact, boolean child, long organisationId, String createdBy, String createdAt) {
        static PersonView of(Person person) {
            PersonDetails d = person.details();
            return new PersonView(person.id(), d.names().stream().map(NameBody::of).toList(),
                    d.sex() == null ? null : d.sex().name(), d.genderIdentity(), isoDate(d.dateOfBirth()),
                    d.dateOfBirthEstimated(), d.claimedAge(), isoDate(d.documentedDateOfBirth()),
                    AgeAssessmentBody.of(d.assessedAge()), d.nationality(), d.languages(),
                    d.documents().stream().map(DocumentView::of).toList(), LocationView.of(person.location()),
                    d.contact(), person.child(), person.organisationId(), person.createdBy(), Dto.iso(person.createdAt()));
        }

        @Override
        public String toString() {
            return "PersonView[id=" + id + "]";
        }
    }

    /**
     * One stored consent decision for one purpose.
     *
     * @param personId null for an anonymous refusal
     * @param active true while given and not withdrawn
     */
    public record ConsentView(long id, Long personId, String purpose, boolean given, boolean active, String method,
            String language, String date, List<String> sharingWith, String recordedBy, String recordedAt,
            String withdrawnOn, String withdrawnBy) {
        static ConsentView of(Consent consent) {
            return new ConsentView(consent.id(), consent.personId(), consent.purpose().name(), consent.given(),
                    consent.active(), consent.method().name(), consent.language(), isoDate(consent.date()),
                    List.copyOf(new TreeSet<>(consent.sharingWith())), consent.recordedBy(), Dto.iso(consent.recordedAt()),
                    isoDate(consent.withdrawnOn()), consent.withdrawnBy());
        }
    }

    /** {@code 201} of a registration: the person and the consent decisions stored with them. */
    public record RegisteredView(PersonView person, List<ConsentView> consents) {
    }

    /** How many anonymous refusals the caller's organisation recorded. */
    public record RefusalCount(long count) {
    }

    /** A reason code of the name matcher and its label in the reply's language (the code itself if it has none). */
    public record ReasonView(String code, String text) {
    }

    /** @param score how alike, 0 to 1 */
    public record DuplicateView(long personId, double score, List<ReasonView> reasons) {
        static DuplicateView of(DuplicateCandidate candidate, Function<String, String> texts) {
            return new DuplicateView(candidate.personId(), candidate.score(),
                    candidate.reasons().stream().map(r -> new ReasonView(r, texts.apply(r))).toList());
        }
    }

    /**
     * The {@code 409} of a registration that stopped at possible duplicates: the usual error
     * ({@code possibleDuplicates}) with the candidates. Nothing was stored.
     */
    public record PossibleDuplicatesBody(Dto.ErrorDetail error, List<DuplicateView> candidates) {
        public PossibleDuplicatesBody {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A case as its reader may see it.
     *
     * @param next the statuses a caseworker may move it to directly
     * @param closureReason empty unless closed
     */
    public record CaseView(long id, String number, long personId, long organisationId, String status, List<String> next,
            String closureReason, List<String> flags, boolean child, String createdBy, String assignedTo, String createdAt,
            String updatedAt) {
        static CaseView of(org.amparo.cases.CaseView view) {
            return new CaseView(view.id(), view.number(), view.personId(), view.organisationId(), view.status().name(),
                    names(view.status().next()), view.closureReason(), names(view.flags()), view.child(), view.createdBy(),
                    view.assignedTo(), Dto.iso(view.createdAt()), Dto.iso(view.updatedAt()));
        }
    }

    /** @param more whether another page follows */
    public record CasePageView(List<CaseView> items, int offset, int limit, boolean more) {
        static CasePageView of(CasePage page) {
            return new CasePageView(page.items().stream().map(CaseView::of).toList(), page.offset(), page.limit(), page.more());
        }
    }

    /** Merge {@code mergedId} into the person in the path, for a stated reason. */
    public record MergeRequest(Long mergedId, String reason) {
        @Override
        public String toString() {
            return "MergeRequest[mergedId=" + mergedId + "]";
        }
    }

    public record MergeView(long id, long keptId, long mergedId, String mergedBy, String mergedAt, String reason,
            List<Long> movedCaseIds, String undoneBy, String undoneAt) {
        static MergeView of(org.amparo.cases.PersonMerge m) {
            return new MergeView(m.id(), m.keptId(), m.mergedId(), m.mergedBy(), Dto.iso(m.mergedAt()), m.reason(),
                    m.movedCaseIds(), m.undoneBy(), m.undoneAt() == null ? null : Dto.iso(m.undoneAt()));
        }

        @Override
        public String toString() {
            return "MergeView[id=" + id + "]";
        }
    }

    public record NoteView(long id, long caseId, String author, String createdAt, String text) {
        static NoteView of(Note note) {
            return new NoteView(note.id(), note.caseId(), note.author(), Dto.iso(note.createdAt()), note.text());
        }

        @Override
        public String toString() {
            return "NoteView[id=" + id + "]";
        }
    }

    /** @param doneAt null while not done; @param overdue not done and past its due date */
    public record TaskView(long id, long caseId, String title, String dueOn, String createdBy, boolean done, String doneAt,
            boolean overdue) {
        static TaskView of(CaseTask task) {
            return new TaskView(task.id(), task.caseId(), task.title(), isoDate(task.dueOn()), task.createdBy(), task.done(),
                    Dto.iso(task.doneAt()), task.overdue());
        }
    }

    public record AssessmentView(String assessedOn, String assessor, String summary) {
        static AssessmentView of(BestInterestsAssessment assessment) {
            return new AssessmentView(isoDate(assessment.assessedOn()), assessment.assessor(), assessment.summary());
        }

        @Override
        public String toString() {
            return "AssessmentView[****]";
        }
    }

    /** @param decidedBy null while pending; @param decidedAt null while pending */
    public record ApprovalView(long id, long caseId, String kind, String state, String requestedBy, String requestedAt,
            String reason, String decidedBy, String decidedAt, String note) {
        static ApprovalView of(Approval approval) {
            return new ApprovalView(approval.id(), approval.caseId(), approval.kind().name(), approval.state().name(),
                    approval.requestedBy(), Dto.iso(approval.requestedAt()), approval.reason(), approval.decidedBy(),
                    Dto.iso(approval.decidedAt()), approval.note());
        }
    }

    public record EmergencyAccessView(long caseId, String username, String reason, String grantedAt, String expiresAt) {
        static EmergencyAccessView of(EmergencyAccess access) {
            return new EmergencyAccessView(access.caseId(), access.username(), access.reason(), Dto.iso(access.grantedAt()),
                    Dto.iso(access.expiresAt()));
        }
    }

    /** @param counts every status, in workflow order, with its number of cases (0 included) */
    public record CaseCounts(Map<String, Long> counts, long total) {
        static CaseCounts of(Map<CaseStatus, Long> counts) {
            Map<String, Long> byName = new LinkedHashMap<>();
            long total = 0;
            for (CaseStatus status : CaseStatus.values()) {
                long n = counts.getOrDefault(status, 0L);
                byName.put(status.name(), n);
                total += n;
            }
            return new CaseCounts(byName, total);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** An ISO date, or null when absent; a malformed one adds {@code rest.field.date} on {@code field}. */
    static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "rest.field.date"));
            return null;
        }
    }

    static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        Set<E> set = EnumSet.noneOf(type);
        values.stream().filter(v -> v != null).forEach(set::add);
        return set;
    }

    /** Constant names in declaration order. */
    static <E extends Enum<E>> List<String> names(Collection<E> values) {
        List<E> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.stream().map(Enum::name).toList();
    }

    static PersonDetails details(RegistrationRequest r, List<FieldError> errors) {
        LocalDate dateOfBirth = date("dateOfBirth", r.dateOfBirth(), errors);
        LocalDate documented = date("documentedDateOfBirth", r.documentedDateOfBirth(), errors);
        AgeAssessment assessed = null;
        if (r.assessedAge() != null) {
            AgeAssessmentBody a = r.assessedAge();
            if (a.minimumAge() == null) {
                errors.add(new FieldError("assessedAge.minimumAge", "rest.field.required"));
            }
            if (a.maximumAge() == null) {
                errors.add(new FieldError("assessedAge.maximumAge", "rest.field.required"));
            }
            LocalDate assessedOn = date("assessedAge.assessedOn", a.assessedOn(), errors);
            if (a.minimumAge() != null && a.maximumAge() != null) {
                assessed = new AgeAssessment(a.minimumAge(), a.maximumAge(), a.method(), assessedOn, a.assessedBy());
            }
        }
        List<Name> names = r.names() == null ? List.of()
                : r.names().stream().map(n -> n == null ? new Name("", "") : new Name(n.original(), n.latin())).toList();
        List<Document> documents = new ArrayList<>();
        if (r.documents() != null) {
            for (int i = 0; i < r.documents().size(); i++) {
                DocumentRequest d = r.documents().get(i);
                if (d == null || d.heldBy() == null) {
                    errors.add(new FieldError("documents[" + i + "].heldBy", "rest.field.required"));
                } else {
                    documents.add(new Document(d.type(), d.heldBy()));
                }
            }
        }
        List<String> languages = r.languages() == null ? List.of()
                : r.languages().stream().map(l -> l == null ? "" : l).toList();
        return new PersonDetails(names, r.sex(), r.genderIdentity(), dateOfBirth, Boolean.TRUE.equals(r.dateOfBirthEstimated()),
                r.claimedAge(),
                documented, assessed, r.nationality(), languages, documents, r.locationCountry(), r.locationDivisionId(),
                r.contact());
    }
}
