package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditQuery;
import org.amparo.cases.Actor;
import org.amparo.cases.internal.Fixture;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.interviews.internal.InterviewServiceImpl;
import org.amparo.interviews.internal.ListVerificationsImpl;
import org.amparo.screening.Answer;
import org.amparo.screening.internal.DeterminationEngineImpl;
import org.amparo.screening.internal.InstrumentsImpl;
import org.amparo.security.Role;
import org.amparo.security.Session;
import org.amparo.security.User;
import org.junit.jupiter.api.Test;

/**
 * {@code /cases/{id}/screenings}, {@code /screenings} and {@code /indicator-lists} called directly,
 * as the runtime would after the filters and the JSON reader, over the REAL services: the case
 * services of the cases bundle's {@link Fixture} (in-memory Derby, real audit log and accounts), the
 * core screening instruments and determination engine, and the real interview and list
 * verification services. The person and every answer are fictional.
 */
class ScreeningResourcesTest {
    /** The adult labour vignette of the screening bundle's tests (tip-01). */
    private static final String LABOUR_ANSWERS = """
            {"answers":{
              "tip-recruited":{"status":"GIVEN","values":["yes"]},
              "tip-recruitment-deception":{"status":"GIVEN","values":["deceived-nature-of-job","deceived-wages"]},
              "tip-worked":{"status":"GIVEN","values":["yes"]},
              "tip-exploitation":{"status":"GIVEN","values":["excessive-hours","low-or-no-salary"]},
              "tip-destination-coercion":{"status":"GIVEN","values":["confiscation-of-documents","threats-of-violence"]},
              "v-sgbv":{"status":"GIVEN","values":["yes"]},
              "v-literate":{"status":"GIVEN","values":["yes"]},
              "v-immediate-danger":{"status":"UNKNOWN"},
              "tip-still-controlled":{"status":"DECLINED","values":[]}}}""";

    /** Read once: the core definitions are immutable (the fixture's pack XA adds no national question). */
    private static final InstrumentsImpl INSTRUMENTS = coreInstruments();

    private final Fixture fixture = new Fixture();
    private final ClasspathMessages messages = new ClasspathMessages("rest", "cases", "screening", "interviews");
    private final ListVerificationsImpl verifications;
    private final InterviewServiceImpl interviewService;
    private final CaseScreeningsResource caseScreenings;
    private final ScreeningsResource screenings;
    private final IndicatorListsResource lists;
    private final ErrorResponses errors = new ErrorResponses(messages, (incident, e) -> { });
    private final SecurityContext ana;
    private final SecurityContext anaInFrench;
    private final SecurityContext omar;
    private final SecurityContext cora;
    private final long caseId;

    ScreeningResourcesTest() {
        verifications = new ListVerificationsImpl(fixture.database, fixture.audit, INSTRUMENTS);
        interviewService = new InterviewServiceImpl(fixture.database, fixture.audit, fixture.cases, INSTRUMENTS,
                new DeterminationEngineImpl(), verifications);
        caseScreenings = new CaseScreeningsResource(interviewService);
        screenings = new ScreeningsResource(interviewService, messages);
        lists = new IndicatorListsResource(INSTRUMENTS, verifications, messages);
        ana = signedIn(fixture.user("ana", fixture.org, Role.CASEWORKER), "en");
        anaInFrench = signedIn(CaseCalls.actor(ana), "fr");
        // no account needed: the services take the actor as the session gives it
        omar = signedIn(new Actor("omar", fixture.otherOrg, Set.of(Role.CASEWORKER)), "en");
        cora = signedIn(new Actor("cora", fixture.org, Set.of(Role.COUNTRY_ADMIN)), "fr");
        Actor actor = CaseCalls.actor(ana);
        long person = fixture.register(actor, Fixture.adult("Amina Exemple", "Amina Exemple"));
        caseId = fixture.cases.open(actor, person, Set.of()).id();
    }

    private static InstrumentsImpl coreInstruments() {
        try {
            return InstrumentsImpl.fromCodeSource(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SecurityContext signedIn(Actor actor, String language) {
        Instant now = Instant.now();
        User user = new User(1, actor.username(), "Display " + actor.username(), actor.organisationId(), actor.roles(), true,
                null, language, now);
        return new SessionSecurityContext(new Session("tok-" + actor.username(), "csrf", user, language, now,
                now.plus(30, ChronoUnit.MINUTES)), false, true);
    }

    @SuppressWarnings("unchecked")
    private static <T> T json(Class<T> type, String body) {
        try {
            return (T) JacksonJsonProvider.read(type, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode tree(Object value) {
        return JacksonJsonProvider.MAPPER.valueToTree(value);
    }

    private JsonNode error(Throwable thrown, String language) {
        Response response = errors.toResponse(thrown, LanguageTag.of(language));
        JsonNode body = tree(response.getEntity());
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

    private ScreeningDto.InterviewView start(SecurityContext who) {
        Response response = caseScreenings.start(caseId, json(ScreeningDto.StartRequest.class, "{\"personLanguage\":\"ar\"}"), who);
        assertThat(response.getStatus()).isEqualTo(201);
        return (ScreeningDto.InterviewView) response.getEntity();
    }

    private ScreeningDto.InterviewView answered() {
        long id = start(ana).id();
        return screenings.answer(id, json(ScreeningDto.AnswersRequest.class, LABOUR_ANSWERS), ana);
    }

    @Test
    void anInterviewIsStartedAnsweredCompletedRerunAndListedNewestFirst() {
        ScreeningDto.InterviewView draft = start(ana);
        assertThat(draft.status()).isEqualTo("DRAFT");
        assertThat(draft.caseId()).isEqualTo(caseId);
        assertThat(draft.personLanguage()).isEqualTo("ar");
        assertThat(draft.ageGroup()).isEqualTo("ADULT");
        assertThat(draft.startedBy()).isEqualTo("ana");
        assertThat(draft.uses().instruments()).contains("trafficking-identification@1.0.0", "vulnerability@1.0.0");
        assertThat(draft.answers()).isEmpty();
        assertThat(draft.completedAt()).isNull();

        ScreeningDto.InterviewView answered = screenings.answer(draft.id(), json(ScreeningDto.AnswersRequest.class, LABOUR_ANSWERS),
                ana);
        assertThat(answered.answers()).hasSize(9);
        assertThat(answered.answers().get("tip-exploitation").values()).containsExactly("excessive-hours", "low-or-no-salary");
        assertThat(answered.answers().get("v-immediate-danger")).isEqualTo(new ScreeningDto.AnswerView("UNKNOWN", List.of()));
        assertThat(answered.answers().get("tip-still-controlled").status()).isEqualTo("DECLINED");
        assertThat(screenings.get(draft.id(), ana).answers()).isEqualTo(answered.answers());

        ScreeningDto.InterviewView completed = screenings.complete(draft.id(), ana);
        assertThat(completed.status()).isEqualTo("COMPLETED");
        assertThat(completed.completedBy()).isEqualTo("ana");
        assertThat(completed.completedAt()).isNotNull();
        assertThat(completed.flags()).contains("possible-trafficking-victim", "forced-labour-indicators");
        assertThat(completed.indicative()).as("the ILO/EC lists are not verified yet").isTrue();
        assertThat(thrown(() -> screenings.complete(draft.id(), ana))).isInstanceOf(ConflictException.class);
        JsonNode notDraft = error(thrown(() -> screenings.answer(draft.id(),
                json(ScreeningDto.AnswersRequest.class, "{\"answers\":{\"tip-worked\":{\"status\":\"UNKNOWN\"}}}"), ana)), "en");
        assertThat(notDraft.get("status").asInt()).isEqualTo(409);
        assertThat(notDraft.at("/error/message").asText()).startsWith("This screening is completed");

        assertThatThrownBy(() -> screenings.rerun(draft.id(), new ScreeningDto.RerunRequest(" "), ana))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("reason"));
        Response rerun = screenings.rerun(draft.id(), new ScreeningDto.RerunRequest("Instruments updated (fictional)."), ana);
        assertThat(rerun.getStatus()).isEqualTo(201);
        ScreeningDto.InterviewView again = (ScreeningDto.InterviewView) rerun.getEntity();
        assertThat(again.status()).isEqualTo("DRAFT");
        assertThat(again.rerunOf()).isEqualTo(draft.id());
        assertThat(again.rerunReason()).isEqualTo("Instruments updated (fictional).");
        assertThat(again.answers()).isEqualTo(answered.answers());

        assertThat(caseScreenings.list(caseId, ana).items()).extracting(ScreeningDto.InterviewView::id)
                .containsExactly(again.id(), draft.id());
        assertThat(screenings.get(draft.id(), ana).status()).as("the re-run one stays as it was").isEqualTo("COMPLETED");
    }

    @Test
    void wrongAnswersAre400NamingEachAnswerAndNothingIsSaved() {
        long id = start(ana).id();

        ScreeningDto.AnswersRequest badShape = json(ScreeningDto.AnswersRequest.class, """
                {"answers":{"tip-worked":{"status":"DECLINED","values":["yes"]},"tip-recruited":{"values":["yes"]}}}""");
        JsonNode shape = error(thrown(() -> screenings.answer(id, badShape, ana)), "en");
        assertThat(shape.get("status").asInt()).isEqualTo(400);
        assertThat(shape.at("/error/fields").findValuesAsText("field"))
                .containsExactlyInAnyOrder("answers.tip-worked.values", "answers.tip-recruited.status");
        assertThat(shape.at("/error/fields").findValuesAsText("message"))
                .contains("An answer that is unknown or declined has no values.");

        ScreeningDto.AnswersRequest wrong = json(ScreeningDto.AnswersRequest.class, """
                {"answers":{"tip-recruited":{"status":"GIVEN","values":["maybe"]},
                 "tip-exploitation":{"status":"GIVEN","values":["excessive-hours","not-an-option"]},
                 "no-such-question":{"status":"UNKNOWN"},
                 "tip-worked":{"status":"GIVEN","values":["yes"]}}}""");
        JsonNode service = error(thrown(() -> screenings.answer(id, wrong, ana)), "fr");
        assertThat(service.get("status").asInt()).isEqualTo(400);
        assertThat(service.at("/error/code").asText()).isEqualTo("validation");
        assertThat(service.at("/error/fields").findValuesAsText("field"))
                .containsExactlyInAnyOrder("answers.tip-recruited", "answers.tip-exploitation", "answers.no-such-question");
        assertThat(service.at("/error/fields").findValuesAsText("code"))
                .contains("interviews.answer.yesNo", "interviews.answer.options", "interviews.answer.unknownQuestion");
        assertThat(screenings.get(id, ana).answers()).as("all or nothing").isEmpty();

        assertThatThrownBy(() -> json(ScreeningDto.AnswersRequest.class,
                "{\"answers\":{\"tip-recruited\":{\"status\":\"MAYBE\"}}}"))
                .isInstanceOfSatisfying(RestException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.INVALID_VALUE);
                    assertThat(e.fields().get(0).field()).isEqualTo("answers.tip-recruited.status");
                });
        assertThatThrownBy(() -> screenings.answer(id, new ScreeningDto.AnswersRequest(null), ana))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("answers"));
        assertThatThrownBy(() -> screenings.answer(id, null, ana))
                .isInstanceOfSatisfying(RestException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.MALFORMED_JSON));
        assertThatThrownBy(() -> caseScreenings.start(caseId, new ScreeningDto.StartRequest("not a language"), ana))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("personLanguage"));
    }

    @Test
    void needToKnowFollowsTheCaseAndNoSessionIs401() {
        long id = answered().id();

        for (Runnable call : List.<Runnable>of(() -> screenings.get(id, omar), () -> screenings.determination(id, null, omar),
                () -> screenings.questions(id, null, omar), () -> caseScreenings.list(caseId, omar),
                () -> caseScreenings.start(caseId, new ScreeningDto.StartRequest("fr"), omar),
                () -> screenings.answer(id, json(ScreeningDto.AnswersRequest.class, LABOUR_ANSWERS), omar),
                () -> screenings.complete(id, omar))) {
            JsonNode refused = error(thrown(call), "en");
            assertThat(refused.get("status").asInt()).isEqualTo(403);
        }
        assertThat(screenings.get(id, ana).status()).isEqualTo("DRAFT");
        assertThat(error(thrown(() -> screenings.get(id + 1000, ana)), "en").get("status").asInt()).isEqualTo(404);
        assertThat(thrown(() -> screenings.get(id, Fakes.anonymous())))
                .isInstanceOfSatisfying(RestException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.NOT_AUTHENTICATED));
        assertThat(thrown(() -> lists.list("en", Fakes.anonymous())))
                .isInstanceOfSatisfying(RestException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.NOT_AUTHENTICATED));
    }

    @Test
    void theDeterminationExplainsEveryResultWithTheNoticeInTheCallersLanguage() {
        long id = answered().id();

        ScreeningDto.DeterminationView result = screenings.determination(id, null, ana);

        assertThat(result.interviewId()).isEqualTo(id);
        assertThat(result.notice()).startsWith("Decision support only. These results are not a legal identification");
        assertThat(result.indicative()).isTrue();
        assertThat(result.indicativeNotice()).isEqualTo("Indicative: list not yet verified against the official text");
        assertThat(result.ageGroup()).isEqualTo("ADULT");
        assertThat(result.flags()).extracting(ScreeningDto.FlagView::flag)
                .contains("possible-trafficking-victim", "forced-labour-indicators");
        ScreeningDto.FlagView flag = result.flags().stream().filter(f -> f.flag().equals("possible-trafficking-victim"))
                .findFirst().orElseThrow();
        assertThat(flag.label()).isNotBlank().doesNotStartWith("[");
        assertThat(flag.explanations()).isNotEmpty();

        ScreeningDto.ListResultView labour = result.lists().stream().filter(l -> l.list().equals("adult_labour")).findFirst()
                .orElseThrow();
        assertThat(labour.outcome()).isEqualTo("MET");
        assertThat(labour.verified()).isFalse();
        assertThat(labour.labelKey()).isEqualTo("screening.list.adult_labour");
        assertThat(labour.label()).isEqualTo("Adults, labour exploitation");
        ScreeningDto.DimensionView exploitation = result.dimensions().stream()
                .filter(d -> d.list().equals("adult_labour") && d.dimension().equals("exploitation")).findFirst().orElseThrow();
        assertThat(exploitation.outcome()).isEqualTo("MET");
        assertThat(exploitation.present()).isEqualTo(2);
        assertThat(exploitation.label()).isNotBlank().doesNotStartWith("[");
        ScreeningDto.ExplanationView why = exploitation.explanation();
        assertThat(why.answers()).extracting(ScreeningDto.UsedAnswerView::question).contains("tip-exploitation");
        assertThat(why.answers()).filteredOn(a -> a.question().equals("tip-exploitation"))
                .allSatisfy(a -> assertThat(a.values()).containsExactly("excessive-hours", "low-or-no-salary"));
        assertThat(why.indicators()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.indicator()).startsWith("adult_labour/exploitation/");
            assertThat(i.label()).isNotBlank().doesNotStartWith("[");
            assertThat(i.grade()).isIn("STRONG", "MEDIUM", "WEAK");
            assertThat(i.sourceConfidence()).isNotBlank();
        });
        assertThat(Stream.concat(result.lists().stream().flatMap(l -> l.explanation().basis().stream()),
                result.flags().stream().flatMap(f -> f.explanations().stream()).flatMap(e -> e.basis().stream())))
                .isNotEmpty().allSatisfy(b -> {
                    assertThat(b.title()).isNotBlank().doesNotStartWith("[");
                    assertThat(b.confidence()).isIn("V", "P", "GK", "U");
                });

        assertThat(result.profile().levels()).extracting(ScreeningDto.LevelView::level)
                .containsExactly("INDIVIDUAL", "HOUSEHOLD", "COMMUNITY", "STRUCTURAL");
        ScreeningDto.LevelView individual = result.profile().levels().get(0);
        assertThat(individual.risks()).extracting(ScreeningDto.FactorView::factor).contains("sgbv-survivor");
        assertThat(individual.protective()).extracting(ScreeningDto.FactorView::factor).contains("literacy");
        assertThat(individual.risks()).allSatisfy(f -> assertThat(f.label()).doesNotStartWith("["));
        assertThat(result.needs()).isNotEmpty().allSatisfy(n -> assertThat(n.label()).isNotBlank().doesNotStartWith("["));
        assertThat(result.missing()).contains("tip-recruitment-coercion", "v-immediate-danger");

        ScreeningDto.DeterminationView arabic = screenings.determination(id, "ar", ana);
        assertThat(arabic.notice()).startsWith("للمساعدة على اتخاذ القرار فقط");
        assertThat(arabic.lists()).filteredOn(l -> l.list().equals("adult_labour")).extracting(ScreeningDto.ListResultView::label)
                .containsExactly("البالغون، الاستغلال في العمل");
        assertThat(screenings.determination(id, null, anaInFrench).notice())
                .as("without Accept-Language, the session's language").startsWith("Aide à la décision uniquement.");
    }

    @Test
    void theQuestionsAreTheInterviewsOwnWithTextsInBothLanguagesAndConditionsAsWritten() {
        long id = start(ana).id();

        ScreeningDto.QuestionsView view = screenings.questions(id, "fr", ana);

        assertThat(view.interviewId()).isEqualTo(id);
        assertThat(view.personLanguage()).isEqualTo("ar");
        assertThat(view.questions()).extracting(ScreeningDto.QuestionView::instrument).as("instruments in reference order")
                .startsWith("child").endsWith("vulnerability");
        ScreeningDto.QuestionView first = question(view, "tip-recruited");
        assertThat(first.instrument()).isEqualTo("trafficking-identification");
        assertThat(first.instrumentVersion()).isEqualTo("1.0.0");
        assertThat(first.section()).isEqualTo("recruitment");
        assertThat(first.sectionTitle()).isNotBlank().doesNotStartWith("[");
        assertThat(first.country()).isNull();
        assertThat(first.id()).isEqualTo("tip-recruited");
        assertThat(first.answerType()).isEqualTo("yes-no");
        assertThat(first.text()).startsWith("Quelqu'un d'autre a-t-il proposé");
        assertThat(first.personText()).startsWith("هل عرض شخص آخر");
        assertThat(first.help()).startsWith("Recruteurs, agents");
        assertThat(first.showIf()).isNull();
        assertThat(first.basis()).isNotEmpty().allSatisfy(b -> assertThat(b.title()).doesNotStartWith("["));

        ScreeningDto.QuestionView deception = question(view, "tip-recruitment-deception");
        assertThat(deception.answerType()).isEqualTo("multiple-choice");
        assertThat(deception.showIf()).isEqualTo(tree(java.util.Map.of("answer", "tip-recruited", "is", "yes")));
        assertThat(deception.options()).extracting(ScreeningDto.OptionView::id).contains("deceived-nature-of-job");
        assertThat(deception.options()).allSatisfy(o -> {
            assertThat(o.label()).doesNotStartWith("[");
            assertThat(o.personLabel()).isNotBlank();
        });
        assertThat(question(view, "ch-birth-document").showIf()).isEqualTo(tree(java.util.Map.of("ageGroup", "child")));
        assertThat(view.questions()).extracting(ScreeningDto.QuestionView::id).doesNotHaveDuplicates()
                .contains("v-immediate-danger", "sm-crossed-irregularly", "ch-age-doubt");
        assertThat(view.questions()).allSatisfy(q -> assertThat(q.text()).doesNotStartWith("["));
    }

    private static ScreeningDto.QuestionView question(ScreeningDto.QuestionsView view, String id) {
        return view.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void indicatorListsShowTheirStateAndOnlyACountryAdministratorVerifiesOne() {
        ScreeningDto.InterviewView before = answered();
        screenings.complete(before.id(), ana);
        List<ScreeningDto.IndicatorListView> all = lists.list(null, ana).items();
        assertThat(all).extracting(ScreeningDto.IndicatorListView::id)
                .contains("adult_labour", "adult_sexual", "child_labour", "child_sexual", "ilo_forced_labour");
        ScreeningDto.IndicatorListView labour = all.stream().filter(l -> l.id().equals("adult_labour")).findFirst().orElseThrow();
        assertThat(labour.label()).isEqualTo("Adults, labour exploitation");
        assertThat(labour.ageGroup()).isEqualTo("ADULT");
        assertThat(labour.exploitation()).isEqualTo("LABOUR");
        assertThat(labour.version()).isNotBlank();
        assertThat(labour.loadedVerified()).isFalse();
        assertThat(labour.decided()).isNull();
        assertThat(labour.verified()).isFalse();
        assertThat(labour.history()).isEmpty();
        assertThat(labour.provenance()).isNotBlank().doesNotStartWith("[");

        ScreeningDto.VerificationRequest checked = json(ScreeningDto.VerificationRequest.class,
                "{\"verified\":true,\"note\":\"Checked against the brochure, 2009 edition (fictional check).\"}");
        JsonNode refused = error(thrown(() -> lists.verify("adult_labour", checked, null, ana)), "en");
        assertThat(refused.get("status").asInt()).isEqualTo(403);
        assertThat(refused.at("/error/message").asText()).isEqualTo("Only a country administrator can verify an indicator list.");
        assertThat(fixture.audit.page(AuditQuery.latest(1)).get(0).outcome().name()).isEqualTo("DENIED");
        assertThatThrownBy(() -> lists.verify("adult_labour", new ScreeningDto.VerificationRequest(null, "n"), null, cora))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("verified"));
        assertThatThrownBy(() -> lists.verify("adult_labour", new ScreeningDto.VerificationRequest(true, " "), null, cora))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("note"));
        JsonNode unknown = error(thrown(() -> lists.verify("no_such_list", checked, null, cora)), "en");
        assertThat(unknown.get("status").asInt()).isEqualTo(404);
        assertThat(unknown.at("/error/message").asText()).isEqualTo("There is no indicator list no_such_list.");
        assertThat(lists.list(null, ana).items()).allSatisfy(l -> assertThat(l.history()).isEmpty());

        ScreeningDto.IndicatorListView verified = lists.verify("adult_labour", checked, "en", cora);
        assertThat(verified.decided()).isTrue();
        assertThat(verified.verified()).isTrue();
        assertThat(verified.loadedVerified()).isFalse();
        assertThat(verified.history()).hasSize(1);
        assertThat(verified.history().get(0).decidedBy()).isEqualTo("cora");
        assertThat(verified.history().get(0).note()).startsWith("Checked against the brochure");
        assertThat(lists.list(null, ana).items()).filteredOn(l -> l.id().equals("adult_labour"))
                .extracting(ScreeningDto.IndicatorListView::verified).containsExactly(true);

        ScreeningDto.DeterminationView now = screenings.determination(answered().id(), null, ana);
        assertThat(now.lists()).filteredOn(l -> l.list().equals("adult_labour"))
                .extracting(ScreeningDto.ListResultView::verified).containsExactly(true);
        ScreeningDto.DeterminationView then = screenings.determination(before.id(), null, ana);
        assertThat(then.lists()).as("a completed screening keeps the state it was determined with")
                .filteredOn(l -> l.list().equals("adult_labour")).extracting(ScreeningDto.ListResultView::verified)
                .containsExactly(false);
    }

    @Test
    void noAnswerIsPrintedByToStringOrWrittenToTheAuditRecord() {
        ScreeningDto.InterviewView interview = answered();
        ScreeningDto.DeterminationView determination = screenings.determination(interview.id(), null, ana);
        String marker = "deceived-nature-of-job";
        assertThat(tree(interview).toString()).contains(marker);
        assertThat(tree(determination).toString()).contains(marker);

        for (Object value : List.of(interview, determination, json(ScreeningDto.AnswersRequest.class, LABOUR_ANSWERS),
                interview.answers().get("tip-recruitment-deception"),
                new ScreeningDto.AnswerBody(Answer.Status.GIVEN, List.of(marker)), determination.flags().get(0),
                determination.profile(), determination.lists().get(0), determination.dimensions().get(0),
                determination.needs().get(0), determination.flags().get(0).explanations().get(0))) {
            assertThat(value.toString()).as(value.getClass().getSimpleName()).doesNotContain(marker, "excessive-hours", "yes");
        }
        List<AuditEntry> entries = fixture.audit.page(AuditQuery.latest(500));
        assertThat(entries).extracting(AuditEntry::action).contains("screening.start", "screening.answer", "screening.read");
        assertThat(entries).allSatisfy(e -> assertThat(e.detail() + e.target()).doesNotContain(marker, "excessive-hours"));
    }

    @Test
    void theJsonHasTheShapeTheOpenApiDocumentDescribes() {
        JsonNode document = OpenApiResource.load();
        ScreeningDto.InterviewView interview = answered();
        assertSameProperties(document, "Screening", interview);
        assertSameProperties(document, "ScreeningUses", interview.uses());
        assertSameProperties(document, "StoredAnswer", interview.answers().get("tip-recruited"));
        assertSameProperties(document, "ScreeningList", caseScreenings.list(caseId, ana));
        ScreeningDto.DeterminationView d = screenings.determination(interview.id(), null, ana);
        assertSameProperties(document, "Determination", d);
        assertSameProperties(document, "FlagResult", d.flags().get(0));
        assertSameProperties(document, "ListResult", d.lists().get(0));
        assertSameProperties(document, "DimensionResult", d.dimensions().get(0));
        assertSameProperties(document, "VulnerabilityProfile", d.profile());
        assertSameProperties(document, "LevelResult", d.profile().levels().get(0));
        assertSameProperties(document, "FactorResult", d.profile().levels().get(0).risks().get(0));
        assertSameProperties(document, "ServiceNeed", d.needs().get(0));
        assertThat(d.undetermined()).isNotEmpty();
        assertSameProperties(document, "Undetermined", d.undetermined().get(0));
        ScreeningDto.ExplanationView explanation = d.dimensions().stream().map(ScreeningDto.DimensionView::explanation)
                .filter(e -> !e.answers().isEmpty() && !e.indicators().isEmpty()).findFirst().orElseThrow();
        assertSameProperties(document, "Explanation", explanation);
        assertSameProperties(document, "UsedAnswer", explanation.answers().get(0));
        assertSameProperties(document, "UsedIndicator", explanation.indicators().get(0));
        assertSameProperties(document, "Basis", d.lists().get(0).explanation().basis().get(0));
        ScreeningDto.QuestionsView questions = screenings.questions(interview.id(), null, ana);
        assertSameProperties(document, "ScreeningQuestions", questions);
        assertSameProperties(document, "ScreeningQuestion", questions.questions().get(0));
        assertSameProperties(document, "QuestionOption", question(questions, "tip-exploitation").options().get(0));
        assertSameProperties(document, "IndicatorListList", lists.list(null, ana));
        ScreeningDto.IndicatorListView verified = lists.verify("adult_sexual", new ScreeningDto.VerificationRequest(false, "n"),
                null, cora);
        assertSameProperties(document, "IndicatorList", verified);
        assertSameProperties(document, "ListVerification", verified.history().get(0));

        assertSameComponents(document, "ScreeningStart", ScreeningDto.StartRequest.class);
        assertSameComponents(document, "ScreeningAnswers", ScreeningDto.AnswersRequest.class);
        assertSameComponents(document, "ScreeningAnswer", ScreeningDto.AnswerBody.class);
        assertSameComponents(document, "ScreeningRerun", ScreeningDto.RerunRequest.class);
        assertSameComponents(document, "IndicatorListVerification", ScreeningDto.VerificationRequest.class);
        assertThat(JacksonJsonProvider.MAPPER.convertValue(document.at("/components/schemas/AnswerStatus/enum"), String[].class))
                .containsExactly(Stream.of(Answer.Status.values()).map(Enum::name).toArray(String[]::new));
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
        tree(value).fieldNames().forEachRemaining(written::add);
        assertThat(written).as("properties of %s", schema).isEqualTo(documented);
    }
}
