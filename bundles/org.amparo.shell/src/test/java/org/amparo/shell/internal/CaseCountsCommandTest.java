package org.amparo.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;

import org.amparo.cases.Actor;
import org.amparo.cases.Approval;
import org.amparo.cases.ApprovalKind;
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
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;

/** case-counts: counted as the console's Amparo user, refused for a console login that is none. */
class CaseCountsCommandTest {
    private static final String NL = System.lineSeparator();

    private final ClasspathMessages messages = new ClasspathMessages("shell", "cases");
    private final FakeSecurity.Users users = new FakeSecurity.Users();
    private final CountingCases cases = new CountingCases();
    private final FakeSession session = new FakeSession();

    CaseCountsCommandTest() {
        users.users.put("sam", new User(1, "sam", "Sam Example", 7, Set.of(Role.SUPERVISOR), true, null, "en", Instant.EPOCH));
        users.users.put("old", new User(2, "old", "Old Example", 7, Set.of(Role.SUPERVISOR), false, null, "en", Instant.EPOCH));
        users.users.put("aud", new User(3, "aud", "Aud Example", 7, Set.of(Role.AUDITOR), true, null, "en", Instant.EPOCH));
    }

    private CaseCountsCommand command() {
        CaseCountsCommand command = new CaseCountsCommand();
        command.session = session;
        command.messages = messages;
        command.users = users;
        command.cases = cases;
        return command;
    }

    private Object runAs(String username) throws Exception {
        Subject subject = new Subject(true, Set.of(new UserPrincipal(username), new RolePrincipal("admin")), Set.of(), Set.of());
        CaseCountsCommand command = command();
        return Subject.doAs(subject, (PrivilegedExceptionAction<Object>) command::execute);
    }

    @Test
    void countsEveryStatusInWorkflowOrderAsTheConsolesAmparoUser() throws Exception {
        cases.counts.put(CaseStatus.INTAKE, 3L);
        cases.counts.put(CaseStatus.CLOSED, 2L);

        runAs("sam");

        assertThat(cases.actor).isEqualTo(new Actor("sam", 7, Set.of(Role.SUPERVISOR)));
        String out = session.output();
        assertThat(out).contains("Status", "Cases");
        assertThat(out.indexOf("IDENTIFICATION")).isLessThan(out.indexOf("INTAKE"));
        assertThat(out.indexOf("FOLLOW_UP")).isLessThan(out.indexOf("CLOSED"));
        assertThat(out).containsPattern("INTAKE\\s*\\|\\s*3").containsPattern("SCREENING\\s*\\|\\s*0");
        assertThat(out).endsWith("Total: 5 case(s)." + NL);
    }

    @Test
    void aConsoleLoginThatIsNoAmparoAccountIsRefusedAndNothingIsCounted() throws Exception {
        assertThatThrownBy(() -> command().execute())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The console user \"console\" is not an Amparo account");
        assertThatThrownBy(() -> runAs("karaf"))
                .hasMessageStartingWith("The console user \"karaf\" is not an Amparo account");
        assertThatThrownBy(() -> runAs("old"))
                .hasMessage("The Amparo account \"old\" is disabled; nothing can be counted for it.");
        assertThat(cases.actor).isNull();
        assertThat(session.output()).isEmpty();
    }

    @Test
    void aRefusalOfTheCaseServiceBecomesOneReadableLine() {
        assertThatThrownBy(() -> runAs("aud"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("You may not see or change this record. The attempt has been recorded.")
                .hasNoCause();
    }

    /** Only countByStatus, refusing actors without a case role; the rest is not used by the command. */
    static final class CountingCases implements CaseService {
        final Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        Actor actor;

        @Override
        public Map<CaseStatus, Long> countByStatus(Actor actor) {
            if (actor.roles().stream().noneMatch(r -> r == Role.SUPERVISOR || r == Role.CASEWORKER || r == Role.SYSTEM_ADMIN)) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            this.actor = actor;
            return Map.copyOf(counts);
        }

        @Override
        public CaseView open(Actor actor, long personId, Set<CaseFlag> flags) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseView get(Actor actor, long caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CaseView> casesOf(Actor actor, long personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseView changeStatus(Actor actor, long caseId, CaseStatus target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseView assign(Actor actor, long caseId, String username) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Note addNote(Actor actor, long caseId, String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Note> notes(Actor actor, long caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseTask addTask(Actor actor, long caseId, String title, LocalDate dueOn) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseTask completeTask(Actor actor, long taskId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CaseTask> tasks(Actor actor, long caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordBestInterestsAssessment(Actor actor, long caseId, BestInterestsAssessment assessment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BestInterestsAssessment> bestInterestsAssessments(Actor actor, long caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Approval requestApproval(Actor actor, long caseId, ApprovalKind kind, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Approval decide(Actor actor, long approvalId, boolean approve, String note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Approval> approvals(Actor actor, long caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EmergencyAccess breakGlass(Actor actor, long caseId, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CasePage search(Actor actor, CaseQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseView requireAccess(Actor actor, long caseId, boolean work, String action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.amparo.cases.Attachment addAttachment(Actor actor, long caseId, String fileName, String description,
                byte[] content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<org.amparo.cases.Attachment> attachments(Actor actor, long caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.amparo.cases.AttachmentContent attachment(Actor actor, long attachmentId) {
            throw new UnsupportedOperationException();
        }
    }
}
