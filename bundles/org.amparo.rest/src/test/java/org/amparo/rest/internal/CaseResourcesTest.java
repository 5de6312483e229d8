package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ConsentPurpose;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.amparo.security.Session;
import org.amparo.security.User;
import org.junit.jupiter.api.Test;

/**
 * {@code /persons}, {@code /consent-refusals}, {@code /cases}, {@code /tasks} and {@code /approvals}
 * called directly, as the runtime would after the filters and the JSON reader, over in-memory
 * stand-ins of the case services ({@link CaseFakes}). Every name and date is fictional.
 */
class CaseResourcesTest {
    private static final String CONSENT = """
            {"purposes":["REGISTRATION","ASSISTANCE"],"method":"VERBAL_CERTIFIED","language":"fr","date":"2026-01-30","given":true}""";

    private final ClasspathMessages messages = new ClasspathMessages("rest", "cases");
    private final CaseFakes.Persons personService = new CaseFakes.Persons();
    private final CaseFakes.Cases caseService = new CaseFakes.Cases(personService);
    private final PersonsResource persons = new PersonsResource(personService, caseService, messages);
    private final ConsentRefusalsResource refusals = new ConsentRefusalsResource(personService);
    private final CasesResource cases = new CasesResource(caseService);
    private final TasksResource tasks = new TasksResource(caseService);
    private final ApprovalsResource approvals = new ApprovalsResource(caseService);
    private final ErrorResponses errors = new ErrorResponses(messages, (incident, e) -> { });

    CaseResourcesTest() {
        messages.with("names.reason.same-name", "Same name").with("fr", "names.reason.same-name", "Même nom");
    }

    private static SecurityContext caseworker() {
        return Fakes.signedIn(Role.CASEWORKER);
    }

    private static SecurityContext supervisor(String username) {
        User user = new User(2, username, "Display " + username, 7, Set.of(Role.SUPERVISOR), true, null, "en", Fakes.NOW);
        return new SessionSecurityContext(new Session("tok-" + username, "csrf", user, "en", Fakes.NOW,
                Fakes.NOW.plus(30, ChronoUnit.MINUTES)), false, true);
    }

    private static SecurityContext otherOrganisation() {
        User user = new User(3, "omar", "Omar", 8, Set.of(Role.CASEWORKER), true, null, "en", Fakes.NOW);
        return new SessionSecurityContext(new Session("tok-omar", "csrf", user, "en", Fakes.NOW,
                Fakes.NOW.plus(30, ChronoUnit.MINUTES)), false, true);
    }

    @SuppressWarnings("unchecked")
    private static <T> T json(Class<T> type, String body) {
        try {
            return (T) JacksonJsonProvider.read(type, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static CaseDto.RegistrationRequest registration(String name, boolean notADuplicate) {
        return json(CaseDto.RegistrationRequest.class, """
                {"consent":%s,"names":[{"original":"%s"}],"sex":"FEMALE","dateOfBirth":"2010-05-01",
                 "dateOfBirthEstimated":true,"nationality":"XA","languages":["ar"],
                 "documents":[{"type":"passport","heldBy":"WITHHELD_BY_OTHER"}],
                 "locationCountry":"XA","locationDivisionId":"XA-1","notADuplicate":%s}""".formatted(CONSENT, name, notADuplicate));
    }

    private JsonNode body(Response response) {
        return JacksonJsonProvider.MAPPER.valueToTree(response.getEntity());
    }

    private JsonNode error(Throwable thrown, String language) {
        Response response = errors.toResponse(thrown, LanguageTag.of(language));
        JsonNode body = body(response);
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("status", response.getStatus());
        return body;
    }

    private static Throwable thrown(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing thrown");
    }

    private long registerOne(String name) {
        Response response = persons.register(registration(name, true), null, caseworker());
        return ((CaseDto.RegisteredView) response.getEntity()).person().id();
    }

    @Test
    void aRegistrationIs201WithThePersonAndTheStoredConsentsUnderTheSessionsActor() {
        Response response = persons.register(registration("Amina Exemple", false), null, caseworker());

        assertThat(response.getStatus()).isEqualTo(201);
        CaseDto.RegisteredView registered = (CaseDto.RegisteredView) response.getEntity();
        assertThat(registered.person().names()).containsExactly(new CaseDto.NameBody("Amina Exemple", ""));
        assertThat(registered.person().sex()).isEqualTo("FEMALE");
        assertThat(registered.person().dateOfBirth()).isEqualTo("2010-05-01");
        assertThat(registered.person().documents()).containsExactly(new CaseDto.DocumentView("passport", "WITHHELD_BY_OTHER"));
        assertThat(registered.person().location().namePath()).containsExactly("Region (fictional)", "Town (fictional)");
        assertThat(registered.person().createdAt()).isEqualTo("2026-02-01T09:00:00Z");
        assertThat(registered.consents()).extracting(CaseDto.ConsentView::purpose)
                .containsExactlyInAnyOrder("REGISTRATION", "ASSISTANCE");
        assertThat(registered.consents()).allSatisfy(c -> {
            assertThat(c.method()).isEqualTo("VERBAL_CERTIFIED");
            assertThat(c.date()).isEqualTo("2026-01-30");
            assertThat(c.active()).isTrue();
        });
        assertThat(personService.lastActor.username()).isEqualTo("ana");
        assertThat(personService.lastActor.organisationId()).isEqualTo(7);
        assertThat(personService.lastActor.roles()).containsExactly(Role.CASEWORKER);
        assertThat(registered.toString()).doesNotContain("Amina");
    }

    @Test
    void possibleDuplicatesAre409WithTheCandidatesAndTheirReasonsAndNotADuplicateRegistersAnyway() {
        long first = registerOne("Amina Exemple");

        Response conflict = persons.register(registration("amina exemple", false), "fr", caseworker());

        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(personService.persons).hasSize(1);
        JsonNode body = body(conflict);
        assertThat(body.at("/error/code").asText()).isEqualTo("possibleDuplicates");
        assertThat(body.at("/error/message").asText()).startsWith("Cette personne est peut-être déjà enregistrée (1 ");
        assertThat(body.at("/error/fields").size()).isZero();
        assertThat(body.at("/candidates/0/personId").asLong()).isEqualTo(first);
        assertThat(body.at("/candidates/0/score").asDouble()).isEqualTo(0.9);
        assertThat(body.at("/candidates/0/reasons/0/code").asText()).isEqualTo("names.reason.same-name");
        assertThat(body.at("/candidates/0/reasons/0/text").asText()).isEqualTo("Même nom");
        assertThat(body.at("/candidates/0/reasons/1/text").asText()).as("a code without a label").isEqualTo("SOME_CODE");
        assertThat(body.toString()).doesNotContainIgnoringCase("amina");

        Response anyway = persons.register(registration("amina exemple", true), null, caseworker());
        assertThat(anyway.getStatus()).isEqualTo(201);
        assertThat(personService.persons).hasSize(2);
    }

    @Test
    void wrongFieldsAre400NamingEachFieldOfTheBody() {
        CaseDto.RegistrationRequest badDates = json(CaseDto.RegistrationRequest.class, """
                {"consent":{"purposes":["REGISTRATION"],"method":"WRITTEN","date":"30/01/2026","given":true},
                 "names":[],"dateOfBirth":"yesterday","assessedAge":{"minimumAge":14,"maximumAge":17,"method":"m",
                 "assessedOn":"2026-13-01","assessedBy":"b"}}""");
        JsonNode dates = error(thrown(() -> persons.register(badDates, null, caseworker())), "en");
        assertThat(dates.get("status").asInt()).isEqualTo(400);
        assertThat(dates.at("/error/code").asText()).isEqualTo("validation");
        assertThat(dates.at("/error/fields").findValuesAsText("field"))
                .containsExactly("consent.date", "dateOfBirth", "assessedAge.assessedOn");
        assertThat(dates.at("/error/fields/1/message").asText()).isEqualTo("Must be a date written as YYYY-MM-DD.");

        CaseDto.RegistrationRequest noName = json(CaseDto.RegistrationRequest.class,
                "{\"consent\":" + CONSENT + ",\"names\":[]}");
        JsonNode service = error(thrown(() -> persons.register(noName, null, caseworker())), "fr");
        assertThat(service.get("status").asInt()).isEqualTo(400);
        assertThat(service.at("/error/fields").findValuesAsText("field")).containsExactly("names", "sex");
        assertThat(service.at("/error/fields/0/code").asText()).isEqualTo("cases.person.nameRequired");

        CaseDto.RegistrationRequest refused = json(CaseDto.RegistrationRequest.class, """
                {"consent":{"purposes":["ASSISTANCE"],"method":"WRITTEN","date":"2026-01-30","given":true},
                 "names":[{"original":"X"}],"sex":"MALE"}""");
        assertThatThrownBy(() -> persons.register(refused, null, caseworker()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("consent"));

        CaseDto.RegistrationRequest undecided = json(CaseDto.RegistrationRequest.class, """
                {"consent":{"purposes":["REGISTRATION"],"method":"WRITTEN","date":"2026-01-30"},
                 "names":[{"original":"X"}],"sex":"MALE","assessedAge":{"method":"m","assessedOn":"2026-01-01","assessedBy":"b"}}""");
        assertThatThrownBy(() -> persons.register(undecided, null, caseworker()))
                .as("a missing given or age is not taken for false or 0")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("consent.given", "assessedAge.minimumAge", "assessedAge.maximumAge"));

        assertThatThrownBy(() -> json(CaseDto.RegistrationRequest.class, "{\"sex\":\"WOMAN\"}"))
                .isInstanceOfSatisfying(RestException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.INVALID_VALUE);
                    assertThat(e.fields().get(0).field()).isEqualTo("sex");
                });
        assertThatThrownBy(() -> json(CaseDto.RegistrationRequest.class, "{\"surname\":\"X\"}"))
                .isInstanceOfSatisfying(RestException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.UNKNOWN_PROPERTY));
        assertThatThrownBy(() -> persons.register(null, null, caseworker()))
                .isInstanceOfSatisfying(RestException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.MALFORMED_JSON));
        assertThat(personService.persons).isEmpty();
    }

    @Test
    void whatTheServicesRefuseIs403AndNoSessionIs401() {
        JsonNode auditor = error(thrown(() -> persons.register(registration("A", true), null, Fakes.signedIn(Role.AUDITOR))),
                "en");
        assertThat(auditor.get("status").asInt()).isEqualTo(403);
        assertThat(auditor.at("/error/code").asText()).isEqualTo("accessDenied");
        assertThat(auditor.at("/error/message").asText())
                .isEqualTo("You may not see or change this record. The attempt has been recorded.");

        long id = registerOne("Amina Exemple");
        long caseId = ((CaseDto.CaseView) cases.open(new CaseDto.OpenCaseRequest(id, List.of()), caseworker()).getEntity()).id();
        for (Runnable call : List.<Runnable>of(() -> persons.get(id, otherOrganisation()),
                () -> persons.consents(id, otherOrganisation()), () -> cases.get(caseId, otherOrganisation()),
                () -> cases.notes(caseId, otherOrganisation()),
                () -> cases.assign(caseId, new CaseDto.AssignmentRequest("ana"), caseworker()))) {
            assertThat(thrown(call)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(thrown(() -> persons.get(id, Fakes.anonymous())))
                .isInstanceOfSatisfying(RestException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.NOT_AUTHENTICATED));
        assertThat(error(thrown(() -> persons.get(99, caseworker())), "en").get("status").asInt()).isEqualTo(404);
    }

    @Test
    void refusalsAreRecordedWithoutAPersonAndCounted() {
        Response response = refusals.record(json(CaseDto.ConsentRequest.class,
                "{\"purposes\":[\"REGISTRATION\"],\"method\":\"WRITTEN\",\"date\":\"2026-01-30\",\"given\":false}"), caseworker());

        assertThat(response.getStatus()).isEqualTo(201);
        CaseDto.ConsentView refusal = (CaseDto.ConsentView) response.getEntity();
        assertThat(refusal.personId()).isNull();
        assertThat(refusal.given()).isFalse();
        assertThat(refusals.count(caseworker()).count()).isEqualTo(1);

        assertThatThrownBy(() -> refusals.record(json(CaseDto.ConsentRequest.class, CONSENT), caseworker()))
                .as("the service's consent.given is the body's given")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("given"));
    }

    @Test
    void consentsAreListedRecordedAndWithdrawnByPurposeInThePath() {
        long id = registerOne("Amina Exemple");

        Response recorded = persons.recordConsent(id, json(CaseDto.ConsentRequest.class,
                "{\"purposes\":[\"SHARING\"],\"sharingWith\":[\"NGO-B\",\"NGO-A\"],\"method\":\"WRITTEN\",\"date\":\"2026-01-31\",\"given\":true}"),
                caseworker());
        assertThat(recorded.getStatus()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        List<CaseDto.ConsentView> history = ((CaseDto.Items<CaseDto.ConsentView>) recorded.getEntity()).items();
        assertThat(history).hasSize(3);
        assertThat(history.get(2).sharingWith()).containsExactly("NGO-A", "NGO-B");

        CaseDto.ConsentView withdrawn = persons.withdraw(id, "sharing", new CaseDto.WithdrawalRequest("2026-02-01"), caseworker());
        assertThat(withdrawn.withdrawnOn()).isEqualTo("2026-02-01");
        assertThat(withdrawn.active()).isFalse();
        assertThat(persons.consents(id, caseworker()).items()).filteredOn(c -> c.purpose().equals("SHARING"))
                .allSatisfy(c -> assertThat(c.withdrawnBy()).isEqualTo("ana"));

        assertThat(thrown(() -> persons.withdraw(id, "SHARING", new CaseDto.WithdrawalRequest("2026-02-01"), caseworker())))
                .isInstanceOf(ConflictException.class);
        assertThat(thrown(() -> persons.withdraw(id, "FRIENDSHIP", new CaseDto.WithdrawalRequest("2026-02-01"), caseworker())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> persons.withdraw(id, "SHARING", new CaseDto.WithdrawalRequest(null), caseworker()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("date"));
        assertThatThrownBy(() -> persons.recordConsent(id, json(CaseDto.ConsentRequest.class,
                "{\"purposes\":[\"REFERRAL\"],\"date\":\"2026-01-31\",\"given\":true}"), caseworker()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("method"));
    }

    @Test
    void searchPagingAndFiltersOutOfBoundsAre400NamingEachParameter() {
        assertThatThrownBy(() -> cases.search(null, null, null, null, null, null, "-1", "51", caseworker()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("offset", "limit"));
        assertThatThrownBy(() -> cases.searchByBody(new CaseDto.SearchRequest("x".repeat(101), null, "OPEN", "nope", null, null, 0, 0),
                caseworker())).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("name", "status", "flag", "limit"));
        assertThatThrownBy(() -> cases.search("Amal", null, null, null, null, null, null, null, caseworker()))
                .as("a name is never accepted in an address")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::messageKey)
                        .containsExactly("rest.cases.nameInBody"));
        JsonNode body = error(thrown(() -> cases.search(null, null, null, null, null, null, null, "ten", caseworker())), "en");
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.at("/error/fields/0/field").asText()).isEqualTo("limit");
        assertThat(body.at("/error/fields/0/message").asText()).isEqualTo("Must be a whole number from 1 to 50.");
        assertThat(caseService.lastQuery).isNull();

        CaseDto.CasePageView empty = cases.search(null, null, null, null, null, null, null, null, caseworker());
        assertThat(empty.limit()).isEqualTo(20);
        cases.searchByBody(new CaseDto.SearchRequest(" Amina ", "2026-000001", "intake", "SMUGGLED_MIGRANT", "ana", true, 5, 50),
                caseworker());
        assertThat(caseService.lastQuery.name()).isEqualTo("Amina");
        assertThat(caseService.lastQuery.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(caseService.lastQuery.flag()).isEqualTo(CaseFlag.SMUGGLED_MIGRANT);
        assertThat(caseService.lastQuery.overdue()).isTrue();
        assertThat(caseService.lastQuery.offset()).isEqualTo(5);
        assertThat(caseService.lastQuery.limit()).isEqualTo(50);
    }

    @Test
    void aCaseIsOpenedSearchedMovedAndWorkedOn() {
        long personId = registerOne("Amina Exemple");
        Response opened = cases.open(json(CaseDto.OpenCaseRequest.class,
                "{\"personId\":" + personId + ",\"flags\":[\"UNACCOMPANIED_OR_SEPARATED_CHILD\",\"POSSIBLE_TRAFFICKING_VICTIM\"]}"),
                caseworker());
        assertThat(opened.getStatus()).isEqualTo(201);
        CaseDto.CaseView view = (CaseDto.CaseView) opened.getEntity();
        assertThat(view.status()).isEqualTo("IDENTIFICATION");
        assertThat(view.next()).containsExactly("INTAKE");
        assertThat(view.flags()).containsExactly("POSSIBLE_TRAFFICKING_VICTIM", "UNACCOMPANIED_OR_SEPARATED_CHILD");
        long caseId = view.id();
        assertThatThrownBy(() -> cases.open(new CaseDto.OpenCaseRequest(null, null), caseworker()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("personId"));

        assertThat(cases.search(null, null, null, null, null, null, null, null, caseworker()).items())
                .extracting(CaseDto.CaseView::id).containsExactly(caseId);
        assertThat(persons.cases(personId, caseworker()).items()).extracting(CaseDto.CaseView::id).containsExactly(caseId);
        assertThat(cases.changeStatus(caseId, json(CaseDto.StatusRequest.class, "{\"status\":\"INTAKE\"}"), caseworker()).status())
                .isEqualTo("INTAKE");
        assertThat(thrown(() -> cases.changeStatus(caseId, new CaseDto.StatusRequest(CaseStatus.CLOSED), caseworker())))
                .isInstanceOf(ConflictException.class);
        assertThat(cases.assign(caseId, new CaseDto.AssignmentRequest(" ben "), supervisor("sam")).assignedTo()).isEqualTo("ben");

        Response note = cases.addNote(caseId, new CaseDto.NoteRequest("Met at the shelter (fictional)."), caseworker());
        assertThat(note.getStatus()).isEqualTo(201);
        assertThat(cases.notes(caseId, caseworker()).items()).extracting(CaseDto.NoteView::author).containsExactly("ana");

        Response task = cases.addTask(caseId, new CaseDto.TaskRequest("Call the shelter", "2026-01-15"), caseworker());
        CaseDto.TaskView added = (CaseDto.TaskView) task.getEntity();
        assertThat(added.dueOn()).isEqualTo("2026-01-15");
        assertThat(added.overdue()).isTrue();
        assertThat(added.doneAt()).isNull();
        assertThatThrownBy(() -> cases.addTask(caseId, new CaseDto.TaskRequest("t", "15 Jan"), caseworker()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("dueOn"));
        CaseDto.TaskView done = tasks.complete(added.id(), caseworker());
        assertThat(done.done()).isTrue();
        assertThat(done.doneAt()).isEqualTo("2026-02-01T09:00:00Z");
        assertThat(cases.tasks(caseId, caseworker()).items()).extracting(CaseDto.TaskView::done).containsExactly(true);

        Response bia = cases.addAssessment(caseId, new CaseDto.AssessmentRequest("2026-01-31", "Social worker (fictional)",
                "Stays in the shelter."), caseworker());
        assertThat(bia.getStatus()).isEqualTo(201);
        assertThat(cases.assessments(caseId, caseworker()).items()).extracting(CaseDto.AssessmentView::assessedOn)
                .containsExactly("2026-01-31");

        Response requested = cases.requestApproval(caseId, json(CaseDto.ApprovalRequest.class,
                "{\"kind\":\"CLOSURE\",\"reason\":\"Returned home (fictional).\"}"), caseworker());
        CaseDto.ApprovalView pending = (CaseDto.ApprovalView) requested.getEntity();
        assertThat(pending.state()).isEqualTo("PENDING");
        assertThat(pending.decidedAt()).isNull();
        assertThatThrownBy(() -> approvals.decide(pending.id(), new CaseDto.DecisionRequest(null, null), supervisor("sam")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("approve"));
        assertThat(thrown(() -> approvals.decide(pending.id(), new CaseDto.DecisionRequest(true, ""), caseworker())))
                .isInstanceOf(AccessDeniedException.class);
        CaseDto.ApprovalView approved = approvals.decide(pending.id(), new CaseDto.DecisionRequest(true, "ok"), supervisor("sam"));
        assertThat(approved.state()).isEqualTo("APPROVED");
        assertThat(cases.get(caseId, caseworker()).status()).isEqualTo("CLOSED");
        assertThat(cases.get(caseId, caseworker()).closureReason()).isEqualTo("Returned home (fictional).");
        assertThat(cases.approvals(caseId, caseworker()).items()).hasSize(1);

        Response glass = cases.breakGlass(caseId, new CaseDto.EmergencyAccessRequest("Hospital call (fictional)"),
                otherOrganisation());
        CaseDto.EmergencyAccessView access = (CaseDto.EmergencyAccessView) glass.getEntity();
        assertThat(access.expiresAt()).isEqualTo("2026-02-01T10:00:00Z");
        assertThat(caseService.lastActor.organisationId()).isEqualTo(8);

        CaseDto.CaseCounts counts = cases.counts(caseworker());
        assertThat(counts.counts().keySet()).containsExactly(Stream.of(CaseStatus.values()).map(Enum::name).toArray(String[]::new));
        assertThat(counts.counts()).containsEntry("CLOSED", 1L).containsEntry("INTAKE", 0L);
        assertThat(counts.total()).isEqualTo(1);

        assertThat(persons.duplicates(personId, null, caseworker()).items()).isEmpty();
    }

    @Test
    void theJsonHasTheShapeTheOpenApiDocumentDescribes() {
        JsonNode document = OpenApiResource.load();
        Response registered = persons.register(registration("Amina Exemple", false), null, caseworker());
        CaseDto.RegisteredView view = (CaseDto.RegisteredView) registered.getEntity();
        assertSameProperties(document, "Registered", view);
        assertSameProperties(document, "Person", view.person());
        assertSameProperties(document, "Location", view.person().location());
        assertSameProperties(document, "Document", view.person().documents().get(0));
        assertSameProperties(document, "Consent", view.consents().get(0));
        assertSameProperties(document, "ConsentList", persons.consents(view.person().id(), caseworker()));
        assertSameProperties(document, "RefusalCount", refusals.count(caseworker()));
        Response duplicates = persons.register(registration("Amina Exemple", false), null, caseworker());
        assertSameProperties(document, "PossibleDuplicates", duplicates.getEntity());
        CaseDto.PossibleDuplicatesBody candidates = (CaseDto.PossibleDuplicatesBody) duplicates.getEntity();
        assertSameProperties(document, "DuplicateCandidate", candidates.candidates().get(0));
        assertSameProperties(document, "DuplicateReason", candidates.candidates().get(0).reasons().get(0));
        assertSameProperties(document, "DuplicateCandidateList", persons.duplicates(view.person().id(), null, caseworker()));
        CaseDto.CaseView opened = (CaseDto.CaseView) cases.open(new CaseDto.OpenCaseRequest(view.person().id(),
                List.of(CaseFlag.SMUGGLED_MIGRANT)), caseworker()).getEntity();
        assertSameProperties(document, "Case", opened);
        assertSameProperties(document, "CaseList", persons.cases(view.person().id(), caseworker()));
        assertSameProperties(document, "CasePage", cases.search(null, null, null, null, null, null, null, null, caseworker()));
        assertSameProperties(document, "CaseCounts", cases.counts(caseworker()));
        assertSameProperties(document, "Note", cases.addNote(opened.id(), new CaseDto.NoteRequest("n"), caseworker()).getEntity());
        assertSameProperties(document, "NoteList", cases.notes(opened.id(), caseworker()));
        CaseDto.TaskView task = (CaseDto.TaskView) cases.addTask(opened.id(), new CaseDto.TaskRequest("t", "2026-03-01"),
                caseworker()).getEntity();
        assertSameProperties(document, "Task", task);
        assertSameProperties(document, "TaskList", cases.tasks(opened.id(), caseworker()));
        assertSameProperties(document, "BestInterestsAssessment", cases.addAssessment(opened.id(),
                new CaseDto.AssessmentRequest("2026-01-31", "a", "s"), caseworker()).getEntity());
        assertSameProperties(document, "BestInterestsAssessmentList", cases.assessments(opened.id(), caseworker()));
        assertSameProperties(document, "Approval", cases.requestApproval(opened.id(),
                new CaseDto.ApprovalRequest(org.amparo.cases.ApprovalKind.CLOSURE, "r"), caseworker()).getEntity());
        assertSameProperties(document, "ApprovalList", cases.approvals(opened.id(), caseworker()));
        assertSameProperties(document, "EmergencyAccess", cases.breakGlass(opened.id(),
                new CaseDto.EmergencyAccessRequest("r"), caseworker()).getEntity());
    }

    @Test
    void theRequestSchemasHaveTheRequestRecordsProperties() {
        JsonNode document = OpenApiResource.load();
        assertSameComponents(document, "Registration", CaseDto.RegistrationRequest.class);
        assertSameComponents(document, "ConsentDecision", CaseDto.ConsentRequest.class);
        assertSameComponents(document, "PersonName", CaseDto.NameBody.class);
        assertSameComponents(document, "AgeAssessment", CaseDto.AgeAssessmentBody.class);
        assertSameComponents(document, "NewDocument", CaseDto.DocumentRequest.class);
        assertSameComponents(document, "Withdrawal", CaseDto.WithdrawalRequest.class);
        assertSameComponents(document, "NewCase", CaseDto.OpenCaseRequest.class);
        assertSameComponents(document, "StatusChange", CaseDto.StatusRequest.class);
        assertSameComponents(document, "Assignment", CaseDto.AssignmentRequest.class);
        assertSameComponents(document, "NewNote", CaseDto.NoteRequest.class);
        assertSameComponents(document, "MergeRequest", CaseDto.MergeRequest.class);
        assertSameComponents(document, "PersonMerge", CaseDto.MergeView.class);
        assertSameComponents(document, "NewTask", CaseDto.TaskRequest.class);
        assertSameComponents(document, "BestInterestsAssessment", CaseDto.AssessmentRequest.class);
        assertSameComponents(document, "NewApproval", CaseDto.ApprovalRequest.class);
        assertSameComponents(document, "Decision", CaseDto.DecisionRequest.class);
        assertSameComponents(document, "EmergencyAccessRequest", CaseDto.EmergencyAccessRequest.class);
        assertThat(enumValues(document, "ConsentPurpose")).isEqualTo(names(ConsentPurpose.values()));
        assertThat(enumValues(document, "CaseStatus")).isEqualTo(names(CaseStatus.values()));
        assertThat(enumValues(document, "CaseFlag")).isEqualTo(names(CaseFlag.values()));
        assertThat(enumValues(document, "ConsentMethod")).isEqualTo(names(org.amparo.cases.ConsentMethod.values()));
        assertThat(enumValues(document, "Sex")).isEqualTo(names(org.amparo.cases.Sex.values()));
        assertThat(enumValues(document, "DocumentHolder")).isEqualTo(names(org.amparo.cases.DocumentHolder.values()));
        assertThat(enumValues(document, "ApprovalKind")).isEqualTo(names(org.amparo.cases.ApprovalKind.values()));
        assertThat(enumValues(document, "ApprovalState")).isEqualTo(names(org.amparo.cases.ApprovalState.values()));
    }

    private static List<String> enumValues(JsonNode document, String schema) {
        return Stream.of(JacksonJsonProvider.MAPPER.convertValue(document.at("/components/schemas/" + schema + "/enum"),
                String[].class)).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }

    private static void assertSameComponents(JsonNode document, String schema, Class<? extends Record> type) {
        Set<String> documented = new HashSet<>();
        document.at("/components/schemas/" + schema + "/properties").fieldNames().forEachRemaining(documented::add);
        Set<String> read = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            read.add(component.getName());
        }
        assertThat(read).as("properties of %s", schema).isEqualTo(documented);
    }

    private static void assertSameProperties(JsonNode document, String schema, Object value) {
        Set<String> documented = new HashSet<>();
        document.at("/components/schemas/" + schema + "/properties").fieldNames().forEachRemaining(documented::add);
        Set<String> written = new HashSet<>();
        JacksonJsonProvider.MAPPER.valueToTree(value).fieldNames().forEachRemaining(written::add);
        assertThat(written).as("properties of %s", schema).isEqualTo(documented);
    }
}
