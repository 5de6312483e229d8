package org.amparo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;

import org.amparo.audit.AuditQuery;
import org.amparo.cases.Actor;
import org.amparo.cases.Approval;
import org.amparo.cases.ApprovalKind;
import org.amparo.cases.ApprovalState;
import org.amparo.cases.BestInterestsAssessment;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseTask;
import org.amparo.cases.CaseView;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.ValidationException;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

/** The case workflow, approvals, tasks, emergency access and search on real Derby. */
class CaseServiceImplTest {
    private final Fixture f = new Fixture();
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);
    private final Actor bea = f.user("bea", f.org, Role.CASEWORKER);
    private final Actor sol = f.user("sol", f.org, Role.SUPERVISOR);
    private final Actor sam = f.user("sam", f.org, Role.SUPERVISOR);

    @Test
    void aCaseMovesOnlyByLegalStepsAndClosesOnlyWithASupervisorsApproval() {
        long person = f.register(ana, Fixture.adult("Amina Haddad", "Amina Haddad"));
        CaseView c = f.cases.open(ana, person, Set.of(CaseFlag.POSSIBLE_TRAFFICKING_VICTIM));
        assertThat(c.number()).isEqualTo("2026-000001");
        assertThat(f.cases.open(ana, person, Set.of()).number()).isEqualTo("2026-000002");
        assertThat(c.status()).isEqualTo(CaseStatus.IDENTIFICATION);
        assertThat(c.assignedTo()).isEqualTo("ana");
        assertThat(c.child()).isFalse();

        assertThatThrownBy(() -> f.cases.changeStatus(ana, c.id(), CaseStatus.SCREENING))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.arguments()).containsExactly("IDENTIFICATION", "SCREENING"));
        for (CaseStatus next : new CaseStatus[] { CaseStatus.INTAKE, CaseStatus.SCREENING, CaseStatus.ASSESSMENT,
                CaseStatus.CASE_PLAN, CaseStatus.IMPLEMENTATION, CaseStatus.FOLLOW_UP }) {
            assertThat(f.cases.changeStatus(ana, c.id(), next).status()).isEqualTo(next);
        }
        assertThatThrownBy(() -> f.cases.changeStatus(ana, c.id(), CaseStatus.CLOSED))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("cases.status.closureNeedsApproval"));
        assertThatThrownBy(() -> f.cases.requestApproval(ana, c.id(), ApprovalKind.CLOSURE, " "))
                .isInstanceOf(ValidationException.class);

        Approval request = f.cases.requestApproval(ana, c.id(), ApprovalKind.CLOSURE, "goals met");
        assertThatThrownBy(() -> f.cases.requestApproval(ana, c.id(), ApprovalKind.CLOSURE, "again")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.cases.decide(ana, request.id(), true, "")).isInstanceOf(AccessDeniedException.class);
        Approval rejected = f.cases.decide(sol, request.id(), false, "follow up once more");
        assertThat(rejected.state()).isEqualTo(ApprovalState.REJECTED);
        assertThat(f.cases.get(ana, c.id()).status()).isEqualTo(CaseStatus.FOLLOW_UP);

        Approval second = f.cases.requestApproval(sol, c.id(), ApprovalKind.CLOSURE, "goals met");
        assertThatThrownBy(() -> f.cases.decide(sol, second.id(), true, "")).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("cases.approval.ownRequest"));
        f.cases.decide(sam, second.id(), true, "");
        CaseView closed = f.cases.get(ana, c.id());
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closureReason()).isEqualTo("goals met");

        assertThatThrownBy(() -> f.cases.changeStatus(ana, c.id(), CaseStatus.SCREENING)).isInstanceOf(ConflictException.class);
        assertThat(f.cases.changeStatus(ana, c.id(), CaseStatus.FOLLOW_UP).closureReason()).isEmpty();
        assertThat(f.audit.page(new AuditQuery(null, "case.status", 0, 50))).hasSize(8)
                .allSatisfy(e -> assertThat(e.target()).isEqualTo("case:" + c.id()));
    }

    @Test
    void aGuardThatIsNotMetStopsTheAssessmentAndNothingIsRecorded() {
        long child = f.register(ana, Fixture.child("Amina"));
        CaseView c = f.cases.open(ana, child, Set.of());
        f.guard((actor, action) -> {
            if (action.equals(org.amparo.cases.ActionGuard.BEST_INTERESTS_ASSESSMENT) && actor.username().equals("ana")) {
                throw new org.amparo.common.AccessDeniedException("training.error.required", "child-protection");
            }
        });
        assertThatThrownBy(() -> f.cases.recordBestInterestsAssessment(ana, c.id(),
                new BestInterestsAssessment(Fixture.TODAY, "officer", "summary")))
                .isInstanceOfSatisfying(org.amparo.common.AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("training.error.required"));
        assertThat(f.cases.bestInterestsAssessments(ana, c.id())).isEmpty();
        f.cases.recordBestInterestsAssessment(sol, c.id(), new BestInterestsAssessment(Fixture.TODAY, "officer", "summary"));
        assertThat(f.cases.bestInterestsAssessments(ana, c.id())).hasSize(1);
    }

    @Test
    void aChildsCasePlanNeedsABestInterestsAssessmentAndASupervisor() {
        long child = f.register(ana, Fixture.child("Yusuf"));
        CaseView c = f.cases.open(ana, child, Set.of(CaseFlag.UNACCOMPANIED_OR_SEPARATED_CHILD));
        assertThat(c.child()).isTrue();
        for (CaseStatus next : new CaseStatus[] { CaseStatus.INTAKE, CaseStatus.SCREENING, CaseStatus.ASSESSMENT }) {
            f.cases.changeStatus(ana, c.id(), next);
        }
        assertThatThrownBy(() -> f.cases.changeStatus(ana, c.id(), CaseStatus.CASE_PLAN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("cases.status.childCasePlanNeedsApproval"));
        assertThatThrownBy(() -> f.cases.requestApproval(ana, c.id(), ApprovalKind.CHILD_CASE_PLAN, ""))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("cases.bia.required"));

        f.cases.recordBestInterestsAssessment(ana, c.id(),
                new BestInterestsAssessment(Fixture.TODAY, "child protection officer", "family tracing first"));
        Approval request = f.cases.requestApproval(ana, c.id(), ApprovalKind.CHILD_CASE_PLAN, "");
        f.cases.decide(sol, request.id(), true, "agreed");
        assertThat(f.cases.get(ana, c.id()).status()).isEqualTo(CaseStatus.CASE_PLAN);
        assertThat(f.cases.bestInterestsAssessments(sol, c.id())).hasSize(1);

        // with child protection switched off the assessment is not required, the approval still is
        f.modules.disable("child-protection", "admin");
        CaseView other = f.cases.open(ana, child, Set.of());
        for (CaseStatus next : new CaseStatus[] { CaseStatus.INTAKE, CaseStatus.SCREENING, CaseStatus.ASSESSMENT }) {
            f.cases.changeStatus(ana, other.id(), next);
        }
        f.cases.decide(sol, f.cases.requestApproval(ana, other.id(), ApprovalKind.CHILD_CASE_PLAN, "").id(), true, "");
        assertThat(f.cases.get(ana, other.id()).status()).isEqualTo(CaseStatus.CASE_PLAN);

        long adult = f.register(ana, Fixture.adult("Amina", "Amina"));
        long adultCase = f.cases.open(ana, adult, Set.of()).id();
        assertThatThrownBy(() -> f.cases.recordBestInterestsAssessment(ana, adultCase,
                new BestInterestsAssessment(Fixture.TODAY, "x", "y"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anotherRoomChecksReadingAndWorkingAsForNotesAndARefusalIsAuditedUnderItsAction() {
        long c = f.cases.open(ana, f.register(ana, Fixture.adult("Amina", "Amina")), Set.of()).id();
        assertThat(f.cases.requireAccess(ana, c, true, "screening.answer").id()).isEqualTo(c);
        assertThat(f.cases.requireAccess(sol, c, true, "screening.answer").id()).isEqualTo(c);
        assertThatThrownBy(() -> f.cases.requireAccess(bea, c, false, "screening.read")).isInstanceOf(AccessDeniedException.class);
        Actor outsider = f.user("omar", f.otherOrg, Role.SUPERVISOR);
        f.cases.breakGlass(outsider, c, "arrived at our shelter");
        assertThat(f.cases.requireAccess(outsider, c, false, "screening.read").id()).isEqualTo(c);
        assertThatThrownBy(() -> f.cases.requireAccess(outsider, c, true, "screening.answer"))
                .as("emergency access reads only").isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.page(new AuditQuery("bea", "screening.", 0, 5))).singleElement()
                .satisfies(e -> assertThat(e.outcome().name() + " " + e.action()).isEqualTo("DENIED screening.read"));
        assertThat(f.audit.page(new AuditQuery("ana", "screening.", 0, 5))).as("allowed checks are not audited").isEmpty();
    }

    @Test
    void tasksAreOverdueOnceTheirDateHasPassed() {
        long c = f.cases.open(ana, f.register(ana, Fixture.adult("Amina", "Amina")), Set.of()).id();
        CaseTask visit = f.cases.addTask(ana, c, "home visit", Fixture.TODAY.plusDays(1));
        f.cases.addTask(ana, c, "call lawyer", Fixture.TODAY.plusDays(5));
        assertThat(f.cases.tasks(ana, c)).noneMatch(CaseTask::overdue);
        assertThat(f.cases.search(ana, new CaseQuery(null, null, null, null, null, true, 0, 10)).items()).isEmpty();

        f.clock.advance(Duration.ofDays(2));
        assertThat(f.cases.tasks(ana, c)).extracting(CaseTask::title, CaseTask::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("home visit", true), org.assertj.core.groups.Tuple.tuple("call lawyer", false));
        assertThat(f.cases.search(ana, new CaseQuery(null, null, null, null, null, true, 0, 10)).items())
                .extracting(CaseView::id).containsExactly(c);
        assertThat(f.cases.completeTask(ana, visit.id()).overdue()).isFalse();
        assertThatThrownBy(() -> f.cases.completeTask(ana, visit.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.cases.addTask(ana, c, " ", null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).hasSize(2));
    }

    @Test
    void aSupervisorAssignsWithinTheOrganisation() {
        long c = f.cases.open(ana, f.register(ana, Fixture.adult("Amina", "Amina")), Set.of()).id();
        Actor outsider = f.user("omar", f.otherOrg, Role.CASEWORKER);
        assertThatThrownBy(() -> f.cases.get(bea, c)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.cases.assign(ana, c, "bea")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.cases.assign(sol, c, outsider.username())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("cases.assign.invalidAssignee"));
        assertThatThrownBy(() -> f.cases.assign(sol, c, "nobody")).isInstanceOf(ValidationException.class);
        assertThat(f.cases.assign(sol, c, "bea").assignedTo()).isEqualTo("bea");
        assertThat(f.cases.get(bea, c).id()).isEqualTo(c);
        assertThat(f.cases.get(ana, c).id()).as("the creator keeps access").isEqualTo(c);
    }

    @Test
    void breakingTheGlassGivesOneHourOfReadingAndIsAudited() {
        long c = f.cases.open(ana, f.register(ana, Fixture.adult("Amina", "Amina")), Set.of()).id();
        Actor outsider = f.user("omar", f.otherOrg, Role.SUPERVISOR);
        Actor admin = f.user("root", f.org, Role.SYSTEM_ADMIN);
        assertThatThrownBy(() -> f.cases.get(outsider, c)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.cases.breakGlass(outsider, c, " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.cases.breakGlass(admin, c, "curious")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.cases.breakGlass(ana, c, "mine")).isInstanceOf(ConflictException.class);

        var grant = f.cases.breakGlass(outsider, c, "person arrived at our shelter at night");
        assertThat(grant.expiresAt()).isEqualTo(grant.grantedAt().plus(Duration.ofMinutes(60)));
        assertThat(f.cases.get(outsider, c).id()).isEqualTo(c);
        assertThat(f.cases.search(outsider, CaseQuery.all(0, 10)).items()).extracting(CaseView::id).containsExactly(c);
        assertThatThrownBy(() -> f.cases.addNote(outsider, c, "x")).as("read only").isInstanceOf(AccessDeniedException.class);

        f.clock.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> f.cases.get(outsider, c)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.page(new AuditQuery("omar", "case.", 0, 20))).extracting(e -> e.outcome() + " " + e.action())
                .containsExactly("DENIED case.read", "DENIED case.note", "SUCCESS case.search", "SUCCESS case.read", "SUCCESS case.breakGlass",
                        "DENIED case.read");
        assertThat(f.audit.page(new AuditQuery("omar", "case.breakGlass", 0, 1)).get(0).detail()).isEqualTo("minutes=60");
    }

    @Test
    void searchFindsOnlyVisibleCasesByNameNumberStatusFlagAndWorker() {
        long amina = f.register(ana, Fixture.adult("Amina Haddad", "Amina Haddad"));
        long ahmad = f.register(ana, Fixture.adult("أحمد Karimi", ""));
        long other = f.register(bea, Fixture.adult("Amina Other", "Amina Other"));
        CaseView a = f.cases.open(ana, amina, Set.of(CaseFlag.SMUGGLED_MIGRANT));
        CaseView b = f.cases.open(ana, ahmad, Set.of(CaseFlag.POSSIBLE_TRAFFICKING_VICTIM));
        CaseView c = f.cases.open(bea, other, Set.of());
        f.cases.changeStatus(ana, b.id(), CaseStatus.INTAKE);

        assertThat(ids(ana, new CaseQuery("ami", null, null, null, null, false, 0, 10))).containsExactly(a.id());
        assertThat(ids(sol, new CaseQuery("ami", null, null, null, null, false, 0, 10))).containsExactly(c.id(), a.id());
        assertThat(ids(ana, new CaseQuery("أحمد", null, null, null, null, false, 0, 10))).containsExactly(b.id());
        assertThat(ids(ana, new CaseQuery("ahmad", null, null, null, null, false, 0, 10))).containsExactly(b.id());
        assertThat(ids(ana, new CaseQuery(null, b.number(), null, null, null, false, 0, 10))).containsExactly(b.id());
        assertThat(ids(sol, new CaseQuery(null, null, CaseStatus.IDENTIFICATION, null, null, false, 0, 10))).containsExactly(c.id(), a.id());
        assertThat(ids(sol, new CaseQuery(null, null, null, CaseFlag.SMUGGLED_MIGRANT, null, false, 0, 10))).containsExactly(a.id());
        assertThat(ids(sol, new CaseQuery(null, null, null, null, "bea", false, 0, 10))).containsExactly(c.id());
        assertThat(ids(ana, new CaseQuery("zzz", null, null, null, null, false, 0, 10))).isEmpty();

        var page = f.cases.search(sol, CaseQuery.all(1, 1));
        assertThat(page.items()).extracting(CaseView::id).containsExactly(b.id());
        assertThat(page.more()).isTrue();
        assertThat(new CaseQuery(null, null, null, null, null, false, 0, 500).limit()).isEqualTo(50);

        assertThat(f.cases.countByStatus(ana)).containsEntry(CaseStatus.IDENTIFICATION, 1L).containsEntry(CaseStatus.INTAKE, 1L);
        Actor admin = f.user("root", f.org, Role.COUNTRY_ADMIN);
        assertThat(f.cases.countByStatus(admin)).containsEntry(CaseStatus.IDENTIFICATION, 2L).containsEntry(CaseStatus.CLOSED, 0L);
        assertThatThrownBy(() -> f.cases.search(admin, CaseQuery.all(0, 10))).isInstanceOf(AccessDeniedException.class);
        Actor auditor = f.user("aud", f.org, Role.AUDITOR);
        assertThatThrownBy(() -> f.cases.countByStatus(auditor)).isInstanceOf(AccessDeniedException.class);

        assertThat(f.audit.page(AuditQuery.latest(500))).allSatisfy(e -> assertThat(e.detail() + e.target())
                .doesNotContainIgnoringCase("amina").doesNotContainIgnoringCase("karimi").doesNotContain("أحمد"));
    }

    @Test
    void everyMessageKeyUsedHasATextInEveryLanguage() throws Exception {
        ClasspathMessages messages = new ClasspathMessages("cases");
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("\"(cases\\.[a-zA-Z.]+)\"");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = key.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    assertThat(messages.has(matcher.group(1))).as(matcher.group(1) + " in " + file).isTrue();
                }
            }
        }
        assertThat(ClasspathMessages.translationProblems("cases", "fr", "ar")).isEmpty();
    }

    private java.util.List<Long> ids(Actor actor, CaseQuery query) {
        return f.cases.search(actor, query).items().stream().map(CaseView::id).toList();
    }
}
