package org.amparo.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditOutcome;
import org.amparo.audit.AuditQuery;
import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;
import org.amparo.cases.internal.Fixture;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.Role;
import org.amparo.training.CompletionReport;
import org.amparo.training.ModuleProgress;
import org.amparo.training.QuizResult;
import org.amparo.training.Requirement;
import org.amparo.training.TrainingModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The training service on in-memory Derby with the real audit log and users. Every name is fictional. */
class TrainingServiceImplTest {
    private final TrainingFixture t = new TrainingFixture();
    private final Fixture f = t.f;
    private final TrainingServiceImpl training = t.training;
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);
    private final Actor bea = f.user("bea", f.org, Role.CASEWORKER);
    private final Actor sol = f.user("sol", f.org, Role.SUPERVISOR);
    private final Actor other = f.user("omar", f.otherOrg, Role.SUPERVISOR);
    private final Actor carla = f.user("carla", f.otherOrg, Role.COUNTRY_ADMIN);
    private final TrainingModule child = training.module("child-protection").orElseThrow();

    @Test
    void aUserEnrolsReadsLessonsFailsThenPassesTheQuiz() {
        ModuleProgress enrolled = training.enrol(ana, "child-protection");
        assertThat(enrolled.enrolled()).isTrue();
        assertThat(enrolled.lessonCount()).isEqualTo(4);
        assertThat(training.enrol(ana, "child-protection").enrolledAt()).as("enrolling again changes nothing")
                .isEqualTo(enrolled.enrolledAt());

        training.markLessonRead(ana, "child-protection", "best-interests");
        ModuleProgress read = training.markLessonRead(ana, "child-protection", "age-in-doubt");
        assertThat(read.lessonsRead()).containsExactlyInAnyOrder("best-interests", "age-in-doubt");

        Map<String, Set<String>> answers = new HashMap<>(TrainingFixture.allRight(child));
        answers.put("age-doubt", Set.of("guardian", "xray"));
        answers.put("when-bid", Set.of("visit"));
        QuizResult failed = training.submitQuiz(ana, "child-protection", answers);
        assertThat(failed.score()).isEqualTo(50);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.passMark()).isEqualTo(75);
        assertThat(failed.questions()).extracting(QuizResult.QuestionResult::questionId, QuizResult.QuestionResult::correct)
                .containsExactly(tuple("primary-consideration", true), tuple("when-bid", false),
                        tuple("separated-or-unaccompanied", true), tuple("age-doubt", false));
        assertThat(failed.questions().get(3).correctOptions()).containsExactlyInAnyOrder("guardian", "informed");
        assertThat(failed.questions().get(3).explanationKey()).isEqualTo("training.child-protection.quiz.age-doubt.explanation");
        assertThat(training.progress(ana, "child-protection").completed()).isFalse();

        f.clock.advance(Duration.ofDays(1));
        QuizResult passed = training.submitQuiz(ana, "child-protection", TrainingFixture.allRight(child));
        assertThat(passed.passed()).isTrue();
        assertThat(passed.attempt().number()).isEqualTo(2);
        ModuleProgress done = training.progress(ana, "child-protection");
        assertThat(done.completion()).isNotNull();
        assertThat(done.completion().score()).isEqualTo(100);
        assertThat(done.completion().moduleVersion()).isEqualTo("1.0.0");
        assertThat(done.completion().completedAt()).isEqualTo(f.clock.instant());
        assertThat(done.attempts()).extracting(a -> a.number(), a -> a.passed()).containsExactly(tuple(1, false), tuple(2, true));

        QuizResult retake = training.submitQuiz(ana, "child-protection", Map.of());
        assertThat(retake.score()).as("a retake that fails").isZero();
        assertThat(training.progress(ana, "child-protection").completion().score()).as("keeps the earlier completion")
                .isEqualTo(100);

        assertThat(training.progress(bea, "child-protection").enrolled()).as("training records are per user").isFalse();
        assertThat(training.progress(ana)).extracting(ModuleProgress::moduleId).containsExactly("child-protection",
                "informed-consent-and-data-protection", "trafficking-identification");

        List<AuditEntry> audit = f.audit.page(new AuditQuery("ana", "training.", 0, 50));
        assertThat(audit).extracting(AuditEntry::action).contains("training.enrol", "training.lesson", "training.quiz",
                "training.complete");
        assertThat(audit).filteredOn(e -> e.action().equals("training.enrol")).hasSize(1);
        assertThat(audit).allSatisfy(e -> assertThat(e.detail()).doesNotContain("guardian").doesNotContain("xray"));
    }

    @Test
    void wrongInputIsRefusedByFieldAndNothingIsRecorded() {
        assertThatThrownBy(() -> training.submitQuiz(ana, "child-protection",
                Map.of("no-such-question", Set.of("a"), "when-bid", Set.of("durable", "nope"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                tuple("answers.no-such-question", "training.error.unknownQuestion"),
                                tuple("answers.when-bid", "training.error.unknownOption")));
        assertThat(training.progress(ana, "child-protection").attempts()).isEmpty();
        assertThat(training.progress(ana, "child-protection").enrolled()).isFalse();
        assertThatThrownBy(() -> training.markLessonRead(ana, "child-protection", "no-such-lesson"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("training.error.unknownLesson"));
        assertThatThrownBy(() -> training.enrol(ana, "no-such-module")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.messageKey()).isEqualTo("training.error.unknownModule"));
        Actor nobody = new Actor("nobody", f.org, Set.of());
        assertThatThrownBy(() -> training.enrol(nobody, "child-protection")).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("training.error.noRole"));
    }

    static Stream<Arguments> whoSeesTheReport() {
        return Stream.of(
                Arguments.of("the organisation's supervisor", "sol", true),
                Arguments.of("a country administrator of another organisation", "carla", true),
                Arguments.of("a supervisor of another organisation", "omar", false),
                Arguments.of("a caseworker of the organisation", "ana", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoSeesTheReport")
    void theCompletionReportGoesToSupervisorsAndCountryAdministratorsOnly(String label, String username, boolean allowed) {
        Actor actor = Stream.of(ana, sol, other, carla).filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        if (allowed) {
            assertThat(training.completionReport(actor, f.org).organisationId()).isEqualTo(f.org);
            assertThat(f.audit.page(new AuditQuery(username, "training.report", 0, 5))).extracting(AuditEntry::outcome)
                    .containsExactly(AuditOutcome.SUCCESS);
        } else {
            assertThatThrownBy(() -> training.completionReport(actor, f.org)).isInstanceOfSatisfying(AccessDeniedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("training.error.reportNotAllowed"));
            assertThat(f.audit.page(new AuditQuery(username, "training.report", 0, 5))).extracting(AuditEntry::outcome)
                    .containsExactly(AuditOutcome.DENIED);
        }
    }

    @Test
    void theReportListsEveryUserOfTheOrganisationAgainstEveryModule() {
        training.enrol(bea, "trafficking-identification");
        training.submitQuiz(ana, "child-protection", TrainingFixture.allRight(child));
        CompletionReport report = training.completionReport(sol, f.org);
        assertThat(report.moduleIds()).containsExactly("child-protection", "informed-consent-and-data-protection",
                "trafficking-identification");
        assertThat(report.users()).extracting(CompletionReport.UserRow::username).containsExactly("ana", "bea", "sol");
        CompletionReport.UserRow anaRow = report.users().get(0);
        assertThat(anaRow.modules().get(0).enrolled()).isTrue();
        assertThat(anaRow.modules().get(0).completion().completedAt()).isEqualTo(f.clock.instant());
        assertThat(anaRow.modules().get(2).enrolled()).isFalse();
        CompletionReport.UserRow beaRow = report.users().get(1);
        assertThat(beaRow.modules()).extracting(CompletionReport.Cell::enrolled, CompletionReport.Cell::completed)
                .containsExactly(tuple(false, false), tuple(false, false), tuple(true, false));
    }

    @Test
    void countryAdministratorsSetAndDropRequirements() {
        Requirement set = training.require(carla, ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.CASEWORKER, "child-protection");
        assertThat(set.requiredBy()).isEqualTo("carla");
        assertThat(training.require(carla, ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.CASEWORKER, "child-protection"))
                .as("requiring again").isEqualTo(set);
        training.require(carla, ActionGuard.REFERRAL_SEND, Role.PARTNER_CASEWORKER, "informed-consent-and-data-protection");
        assertThat(training.requirements()).extracting(Requirement::action, Requirement::role, Requirement::moduleId)
                .containsExactly(tuple(ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.CASEWORKER, "child-protection"),
                        tuple(ActionGuard.REFERRAL_SEND, Role.PARTNER_CASEWORKER, "informed-consent-and-data-protection"));

        assertThatThrownBy(() -> training.require(sol, ActionGuard.CASE_CLOSURE, Role.CASEWORKER, "child-protection"))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("training.error.countryAdminOnly"));
        assertThatThrownBy(() -> training.require(carla, "case.dance", null, "knitting"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactly(
                                tuple("action", "training.error.unknownAction"), tuple("role", "training.error.roleRequired"),
                                tuple("moduleId", "training.error.unknownModule")));

        training.dropRequirement(carla, ActionGuard.REFERRAL_SEND, Role.PARTNER_CASEWORKER, "informed-consent-and-data-protection");
        assertThat(training.requirements()).hasSize(1);
        assertThatThrownBy(() -> training.dropRequirement(carla, ActionGuard.REFERRAL_SEND, Role.PARTNER_CASEWORKER,
                "informed-consent-and-data-protection")).isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("training.error.noSuchRequirement"));
        assertThatThrownBy(() -> training.dropRequirement(sol, ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.CASEWORKER,
                "child-protection")).isInstanceOf(AccessDeniedException.class);
        assertThat(training.requirements()).hasSize(1);

        assertThat(f.audit.page(new AuditQuery(null, "training.require", 0, 10))).extracting(AuditEntry::actor, AuditEntry::outcome)
                .containsExactlyInAnyOrder(tuple("carla", AuditOutcome.SUCCESS), tuple("carla", AuditOutcome.SUCCESS),
                        tuple("sol", AuditOutcome.DENIED));
        assertThat(f.audit.page(new AuditQuery(null, "training.dropRequirement", 0, 10))).extracting(AuditEntry::outcome)
                .containsExactlyInAnyOrder(AuditOutcome.SUCCESS, AuditOutcome.DENIED);
        assertThat(training.actions()).containsExactly(ActionGuard.BEST_INTERESTS_ASSESSMENT, ActionGuard.CHILD_CASE_PLAN,
                ActionGuard.CASE_CLOSURE, ActionGuard.SCREENING_COMPLETION, ActionGuard.REFERRAL_SEND);
    }
}
