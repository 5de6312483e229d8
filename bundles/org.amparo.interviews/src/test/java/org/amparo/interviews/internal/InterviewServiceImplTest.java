package org.amparo.interviews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.amparo.audit.AuditQuery;
import org.amparo.cases.Actor;
import org.amparo.cases.internal.Fixture;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.interviews.Interview;
import org.amparo.interviews.InterviewStatus;
import org.amparo.screening.AgeGroup;
import org.amparo.screening.Answer;
import org.amparo.screening.Determination;
import org.amparo.screening.Outcome;
import org.amparo.screening.internal.DeterminationEngineImpl;
import org.amparo.screening.internal.InstrumentsImpl;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Interviews over the real case services (need-to-know, audit) on in-memory Derby and the real
 * instruments and engine of the screening bundle. Every name is fictional.
 */
class InterviewServiceImplTest {
    private final Fixture f = new Fixture();
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);
    private final Actor bea = f.user("bea", f.org, Role.CASEWORKER);
    private final Actor admin = f.user("carla", f.org, Role.COUNTRY_ADMIN);
    private final InstrumentsImpl instruments;
    private final ListVerificationsImpl lists;
    private final InterviewServiceImpl interviews;

    InterviewServiceImplTest() throws Exception {
        instruments = InstrumentsImpl.fromCodeSource(f.packs);
        lists = new ListVerificationsImpl(f.database, f.audit, instruments, f.clock);
        interviews = new InterviewServiceImpl(f.database, f.audit, f.cases, instruments, new DeterminationEngineImpl(), lists,
                f.clock);
    }

    private long adultCase() {
        return f.cases.open(ana, f.register(ana, Fixture.adult("Amina Haddad", "Amina Haddad")), Set.of()).id();
    }

    /** The adult labour vignette of the screening bundle (tip-01): the adult rule is met. */
    private static Map<String, Answer> labourExploitation() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("tip-recruited", Answer.yes());
        answers.put("tip-recruitment-deception", Answer.of("deceived-nature-of-job", "deceived-wages"));
        answers.put("tip-worked", Answer.yes());
        answers.put("tip-exploitation", Answer.of("excessive-hours", "low-or-no-salary"));
        answers.put("tip-destination-coercion", Answer.of("confiscation-of-documents", "threats-of-violence"));
        return answers;
    }

    @Test
    void aDraftIsSavedResumedCompletedAndItsDeterminationExplained() {
        long caseId = adultCase();
        Interview draft = interviews.start(ana, caseId, "ar");
        assertThat(draft.status()).isEqualTo(InterviewStatus.DRAFT);
        assertThat(draft.ageGroup()).isEqualTo(AgeGroup.ADULT);
        assertThat(draft.uses().instruments()).contains("trafficking-identification@1.0.0");

        Map<String, Answer> first = new LinkedHashMap<>(labourExploitation());
        first.remove("tip-destination-coercion");
        interviews.answer(ana, draft.id(), first);
        Interview resumed = interviews.get(ana, draft.id());
        assertThat(resumed.answers().byQuestion()).containsOnlyKeys(first.keySet());
        assertThat(interviews.determination(ana, draft.id()).list("adult_labour").orElseThrow().outcome())
                .as("a preview of the draft").isNotEqualTo(Outcome.MET);

        interviews.answer(ana, draft.id(), Map.of("tip-destination-coercion", labourExploitation().get("tip-destination-coercion"),
                "v-immediate-danger", Answer.DECLINED));
        Interview done = interviews.complete(ana, draft.id());
        assertThat(done.status()).isEqualTo(InterviewStatus.COMPLETED);
        assertThat(done.completedBy()).isEqualTo("ana");
        assertThat(done.flags()).contains("possible-trafficking-victim", "forced-labour-indicators");
        assertThat(done.indicative()).as("no list is verified yet").isTrue();

        Determination d = interviews.determination(ana, draft.id());
        assertThat(d.list("adult_labour").orElseThrow().outcome()).isEqualTo(Outcome.MET);
        assertThat(d.flag("possible-trafficking-victim").orElseThrow().explanations()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.rule()).isNotEmpty());
        assertThat(d.flag("possible-trafficking-victim").orElseThrow().explanations().get(0).basis()).isNotEmpty();

        assertThatThrownBy(() -> interviews.answer(ana, draft.id(), Map.of("tip-worked", Answer.no())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("interviews.notDraft"));
        assertThat(f.audit.page(new AuditQuery("ana", "screening.", 0, 50))).extracting(e -> e.action()).contains(
                "screening.start", "screening.answer", "screening.complete", "screening.read")
                .allSatisfy(a -> assertThat(a).startsWith("screening."));
        assertThat(f.audit.page(new AuditQuery("ana", "screening.", 0, 50)))
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("yes").doesNotContain("deceived"));
    }

    @Test
    void aWrongAnswerIsRefusedByQuestionAndNothingIsSaved() {
        Interview draft = interviews.start(ana, adultCase(), "fr");
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("tip-recruited", Answer.of("maybe"));
        answers.put("tip-recruitment-deception", Answer.of("deceived-nature-of-job", "no-such-option"));
        answers.put("no-such-question", Answer.yes());
        answers.put("tip-worked", Answer.yes());
        assertThatThrownBy(() -> interviews.answer(ana, draft.id(), answers)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("answers.tip-recruited", "interviews.answer.yesNo"),
                        org.assertj.core.groups.Tuple.tuple("answers.tip-recruitment-deception", "interviews.answer.options"),
                        org.assertj.core.groups.Tuple.tuple("answers.no-such-question", "interviews.answer.unknownQuestion")));
        assertThat(interviews.get(ana, draft.id()).answers().byQuestion()).isEmpty();
        assertThatThrownBy(() -> interviews.start(ana, adultCase(), "not a language")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aCompletedScreeningRedisplaysAsItWasAndIsReRunOnlyOnPurpose() {
        long caseId = adultCase();
        Interview draft = interviews.start(ana, caseId, "ar");
        interviews.answer(ana, draft.id(), labourExploitation());
        interviews.complete(ana, draft.id());
        Determination before = interviews.determination(ana, draft.id());

        lists.decide(admin, "adult_labour", true, "checked against the official brochure, 2009 edition (test)");
        f.clock.advance(Duration.ofDays(1));
        Determination after = interviews.determination(ana, draft.id());
        assertThat(after).as("a completed screening is recomputed with what it used, list states included").isEqualTo(before);
        assertThat(after.list("adult_labour").orElseThrow().verified()).isFalse();

        assertThatThrownBy(() -> interviews.rerun(ana, draft.id(), " ")).isInstanceOf(ValidationException.class);
        Interview again = interviews.rerun(ana, draft.id(), "list verified since");
        assertThat(again.status()).isEqualTo(InterviewStatus.DRAFT);
        assertThat(again.rerunOf()).isEqualTo(draft.id());
        assertThat(again.answers().byQuestion()).isEqualTo(labourExploitation());
        interviews.complete(ana, again.id());
        assertThat(interviews.determination(ana, again.id()).list("adult_labour").orElseThrow().verified()).isTrue();
        assertThat(interviews.get(ana, draft.id()).status()).isEqualTo(InterviewStatus.COMPLETED);
        assertThat(interviews.ofCase(ana, caseId)).extracting(Interview::id).containsExactly(again.id(), draft.id());
        assertThat(f.audit.page(new AuditQuery("ana", "screening.rerun", 0, 5))).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("interview=" + again.id() + " of=" + draft.id()));
    }

    @Test
    void screeningsFollowTheCasesNeedToKnowAndAChildIsScreenedAsAChild() {
        long caseId = adultCase();
        Interview draft = interviews.start(ana, caseId, "ar");
        assertThatThrownBy(() -> interviews.get(bea, draft.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interviews.start(bea, caseId, "ar")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interviews.ofCase(bea, caseId)).isInstanceOf(AccessDeniedException.class);
        Actor outsider = f.user("omar", f.otherOrg, Role.SUPERVISOR);
        f.cases.breakGlass(outsider, caseId, "arrived at our shelter at night");
        assertThat(interviews.get(outsider, draft.id()).id()).isEqualTo(draft.id());
        assertThatThrownBy(() -> interviews.answer(outsider, draft.id(), Map.of("tip-worked", Answer.yes())))
                .as("emergency access reads only").isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.page(new AuditQuery("bea", "screening.", 0, 5))).extracting(e -> e.outcome().name()).containsOnly("DENIED");

        long childCase = f.cases.open(ana, f.register(ana, Fixture.child("Yusuf")), Set.of()).id();
        assertThat(interviews.start(ana, childCase, "ar").ageGroup()).isEqualTo(AgeGroup.CHILD);
    }

    @Test
    void onlyACountryAdministratorVerifiesAListWithANoteAndTheHistoryIsKept() {
        assertThatThrownBy(() -> lists.decide(ana, "adult_labour", true, "looks fine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.decide(admin, "no_such_list", true, " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("listId", "note"));
        lists.decide(admin, "adult_labour", true, "checked against the 2009 brochure (test)");
        f.clock.advance(Duration.ofMinutes(5));
        lists.decide(admin, "adult_labour", false, "grade of one row disputed (test)");
        assertThat(lists.states()).containsEntry("adult_labour", false);
        assertThat(lists.history()).extracting(v -> v.verified()).containsExactly(false, true);
        assertThat(f.audit.page(new AuditQuery("carla", "screening.listVerification", 0, 5))).hasSize(2);
        assertThat(f.audit.page(new AuditQuery("ana", "screening.listVerification", 0, 5))).singleElement()
                .satisfies(e -> assertThat(e.outcome().name()).isEqualTo("DENIED"));
    }

    @Test
    void aStoredSetReferenceReadsBackExactly() {
        var reference = instruments.current().reference();
        assertThat(References.read(References.write(reference))).isEqualTo(reference);
        assertThat(InterviewServiceImpl.readStates(InterviewServiceImpl.writeStates(Map.of("a", true, "b", false))))
                .isEqualTo(Map.of("a", true, "b", false));
    }

    @Test
    void aGuardCanHoldBackCompletionAndTheDraftStaysADraft() {
        long caseId = adultCase();
        Interview draft = interviews.start(ana, caseId, "ar");
        interviews.answer(ana, draft.id(), labourExploitation());
        org.amparo.cases.ActionGuard guard = (actor, action) -> {
            if (action.equals(org.amparo.cases.ActionGuard.SCREENING_COMPLETION)) {
                throw new AccessDeniedException("training.error.moduleRequired", "trafficking-identification");
            }
        };
        interviews.addGuard(guard);
        assertThatThrownBy(() -> interviews.complete(ana, draft.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(interviews.get(ana, draft.id()).status()).isEqualTo(InterviewStatus.DRAFT);
        interviews.removeGuard(guard);
        assertThat(interviews.complete(ana, draft.id()).status()).isEqualTo(InterviewStatus.COMPLETED);
    }
}
