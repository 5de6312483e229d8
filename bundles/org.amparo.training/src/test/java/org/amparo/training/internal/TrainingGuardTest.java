package org.amparo.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.stream.Stream;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditOutcome;
import org.amparo.audit.AuditQuery;
import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;
import org.amparo.cases.BestInterestsAssessment;
import org.amparo.cases.internal.CaseServiceImpl;
import org.amparo.cases.internal.Fixture;
import org.amparo.common.AccessDeniedException;
import org.amparo.security.Role;
import org.amparo.training.TrainingModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard over the real case service: a best-interests assessment held back until the
 * caseworker has passed the required module. Every name is fictional.
 */
class TrainingGuardTest {
    private final TrainingFixture t = new TrainingFixture();
    private final Fixture f = t.f;
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);
    private final Actor sol = f.user("sol", f.org, Role.SUPERVISOR);
    private final Actor carla = f.user("carla", f.org, Role.COUNTRY_ADMIN);
    private final TrainingModule childProtection = t.training.module("child-protection").orElseThrow();
    private final long caseId;

    TrainingGuardTest() {
        f.guard(t.guard);
        caseId = f.cases.open(ana, f.register(ana, Fixture.child("Yusuf")), Set.of()).id();
    }

    private void assess(Actor actor) {
        f.cases.recordBestInterestsAssessment(actor, caseId, new BestInterestsAssessment(Fixture.TODAY, "officer", "summary"));
    }

    private void assertRefused(Actor actor) throws Exception {
        int before = f.cases.bestInterestsAssessments(sol, caseId).size();
        assertThatThrownBy(() -> assess(actor)).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("training.error.moduleRequired");
            assertThat(e.arguments()).containsExactly("child-protection");
        });
        assertThat(f.cases.bestInterestsAssessments(sol, caseId)).as("nothing recorded").hasSize(before);
        t.guard.awaitAudit();
    }

    private Stream<AuditEntry> refusals() {
        return f.audit.page(new AuditQuery(null, TrainingGuard.AUDIT_ACTION, 0, 100)).stream();
    }

    @Test
    void aCaseworkerIsHeldBackUntilTheyPassTheModule() throws Exception {
        assess(ana);
        assertThat(f.cases.bestInterestsAssessments(ana, caseId)).as("no requirement yet").hasSize(1);

        t.training.require(carla, ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.CASEWORKER, "child-protection");
        assertRefused(ana);
        assertThat(refusals()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("ana");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.target()).isEqualTo("action:" + ActionGuard.BEST_INTERESTS_ASSESSMENT);
            assertThat(e.detail()).isEqualTo("training.error.moduleRequired module=child-protection");
        });
        assertThat(f.audit.page(new AuditQuery("ana", "case.bia", 0, 10))).extracting(AuditEntry::outcome)
                .as("the case service audits the refused action too").contains(AuditOutcome.DENIED);

        t.training.enrol(ana, "child-protection");
        assertThat(t.training.submitQuiz(ana, "child-protection", TrainingFixture.mostlyWrong(childProtection)).passed()).isFalse();
        assertRefused(ana);

        assertThat(t.training.submitQuiz(ana, "child-protection", TrainingFixture.allRight(childProtection)).passed()).isTrue();
        assess(ana);
        assertThat(f.cases.bestInterestsAssessments(ana, caseId)).hasSize(2);
        assertThat(refusals()).hasSize(2);
    }

    @Test
    void aRequirementForAnotherRoleOrActionDoesNotApply() throws Exception {
        t.training.require(carla, ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.SUPERVISOR, "child-protection");
        t.training.require(carla, ActionGuard.CASE_CLOSURE, Role.CASEWORKER, "trafficking-identification");
        assess(ana);
        assertRefused(sol);
        assertThat(f.cases.bestInterestsAssessments(sol, caseId)).hasSize(1);
    }

    @Test
    void droppingTheRequirementLiftsIt() throws Exception {
        t.training.require(carla, ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.CASEWORKER, "child-protection");
        assertRefused(ana);
        t.training.dropRequirement(carla, ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.CASEWORKER, "child-protection");
        assess(ana);
        assertThat(f.cases.bestInterestsAssessments(ana, caseId)).hasSize(1);
    }

    @Test
    void withTheGuardGoneNothingIsHeldBack() throws Exception {
        t.training.require(carla, ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.CASEWORKER, "child-protection");
        assertRefused(ana);
        // switching the module off unregisters the guard component: DS calls the case service's unbind method
        Method unbind = CaseServiceImpl.class.getDeclaredMethod("removeGuard", ActionGuard.class);
        unbind.setAccessible(true);
        unbind.invoke(f.cases, t.guard);
        t.guard.deactivate();
        assertThatCode(() -> assess(ana)).doesNotThrowAnyException();
        assertThat(f.cases.bestInterestsAssessments(ana, caseId)).hasSize(1);
        assertThat(t.training.requirements()).as("the requirement stays stored for when training is back").hasSize(1);
    }

    @Test
    void aCompletionOfAnEarlierMajorVersionNoLongerCounts() throws Exception {
        t.training.require(carla, ActionGuard.BEST_INTERESTS_ASSESSMENT, Role.CASEWORKER, "child-protection");
        f.database.run(tx -> {
            long attempt = tx.insertReturningKey("""
                    INSERT INTO training.attempt (username, module_id, number, module_version, submitted_at, score, passed)
                    VALUES ('ana', 'child-protection', 1, '0.9.0', ?, 100, TRUE)
                    """, f.clock.instant());
            tx.update("""
                    INSERT INTO training.completion (username, module_id, module_version, completed_at, score, attempt_id)
                    VALUES ('ana', 'child-protection', '0.9.0', ?, 100, ?)
                    """, f.clock.instant(), attempt);
        });
        assertRefused(ana);
        assertThat(t.training.progress(ana, "child-protection").completed()).isFalse();
    }

    static Stream<Arguments> whoIsHeldBack() {
        return Stream.of(
                Arguments.of("caseworker, required of caseworkers", Set.of(Role.CASEWORKER), Role.CASEWORKER, true),
                Arguments.of("caseworker, required of supervisors", Set.of(Role.CASEWORKER), Role.SUPERVISOR, false),
                Arguments.of("caseworker and supervisor, required of supervisors", Set.of(Role.CASEWORKER, Role.SUPERVISOR),
                        Role.SUPERVISOR, true),
                Arguments.of("supervisor, required of caseworkers", Set.of(Role.SUPERVISOR), Role.CASEWORKER, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoIsHeldBack")
    void aRequirementHoldsBackEveryoneWithTheRoleAndNobodyElse(String label, Set<Role> roles, Role required, boolean heldBack) {
        t.training.require(carla, ActionGuard.CHILD_CASE_PLAN, required, "child-protection");
        Actor someone = new Actor("someone", f.org, roles);
        if (heldBack) {
            assertThatThrownBy(() -> t.guard.check(someone, ActionGuard.CHILD_CASE_PLAN)).isInstanceOf(AccessDeniedException.class);
            assertThat(t.training.missing(someone, ActionGuard.CHILD_CASE_PLAN)).containsExactly("child-protection");
        } else {
            assertThatCode(() -> t.guard.check(someone, ActionGuard.CHILD_CASE_PLAN)).doesNotThrowAnyException();
            assertThat(t.training.missing(someone, ActionGuard.CHILD_CASE_PLAN)).isEmpty();
        }
        assertThatCode(() -> t.guard.check(someone, ActionGuard.CASE_CLOSURE)).as("another action").doesNotThrowAnyException();
    }
}
