package org.amparo.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivilegedExceptionAction;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.security.auth.Subject;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditOutcome;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.persistence.internal.JdbcDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** audit-verify and audit-list against the real audit log on in-memory Derby. */
class AuditCommandsTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ClasspathMessages messages = new ClasspathMessages("shell", "audit");
    private JdbcDatabase database;
    private AuditLogImpl auditLog;
    private FakeSession session;

    @BeforeEach
    void setUp() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:shell-test-" + COUNTER.incrementAndGet() + "-" + System.nanoTime());
        dataSource.setCreateDatabase("create");
        database = new JdbcDatabase(dataSource);
        auditLog = new AuditLogImpl(database);
        session = new FakeSession();
    }

    private AuditVerifyCommand verifyCommand() {
        AuditVerifyCommand command = new AuditVerifyCommand();
        command.auditLog = auditLog;
        command.messages = messages;
        command.session = session;
        return command;
    }

    private AuditListCommand listCommand() {
        AuditListCommand command = new AuditListCommand();
        command.auditLog = auditLog;
        command.messages = messages;
        command.session = session;
        return command;
    }

    private void recordFive() {
        auditLog.record(AuditEvent.success("ana", "auth.login", "user:ana", "PASSWORD;web"));
        auditLog.record(AuditEvent.success("ana", "user.create", "user:ben", ""));
        auditLog.record(AuditEvent.failure("ben", "auth.login", "user:ben", "BAD_PASSWORD;web"));
        auditLog.record(AuditEvent.denied("ben", "case.read", "case:42", "notAssigned"));
        auditLog.record(AuditEvent.success("ana", "auth.logout", "user:ana", "web"));
    }

    private AuditEntry latest() {
        return auditLog.page(AuditQuery.latest(1)).get(0);
    }

    @Test
    void verifyReportsAnIntactRecordAndRecordsTheCheck() throws Exception {
        recordFive();

        verifyCommand().execute();

        assertThat(session.output()).isEqualTo("The audit record is intact: 5 entries checked." + System.lineSeparator());
        AuditEntry check = latest();
        assertThat(check.sequence()).isEqualTo(6);
        assertThat(check.action()).isEqualTo("audit.verify");
        assertThat(check.actor()).isEqualTo("console");
        assertThat(check.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(check.detail()).isEqualTo("entries=5");
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void verifyNamesTheFirstEditedEntryAndRecordsTheFailure() throws Exception {
        recordFive();
        database.run(tx -> tx.update("UPDATE audit.entry SET actor = 'mallory' WHERE seq = 2"));

        verifyCommand().execute();

        assertThat(session.output()).isEqualTo(
                "The audit record is NOT intact. First problem at entry 2: Entry 2 was changed after it was recorded."
                        + System.lineSeparator()
                        + "2 entries were read before the problem was found." + System.lineSeparator());
        AuditEntry check = latest();
        assertThat(check.action()).isEqualTo("audit.verify");
        assertThat(check.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(check.detail()).isEqualTo("audit.verify.altered;seq=2;entries=2");
    }

    @Test
    void verifyNamesADeletedEntryAndATruncatedEnd() throws Exception {
        recordFive();
        database.run(tx -> tx.update("DELETE FROM audit.entry WHERE seq = 3"));
        verifyCommand().execute();
        assertThat(session.output()).contains("First problem at entry 3: Entry 3 is missing: it was deleted from the record.");

        setUp();
        recordFive();
        database.run(tx -> tx.update("DELETE FROM audit.entry WHERE seq = 5"));
        verifyCommand().execute();
        assertThat(session.output()).contains(
                "First problem at entry 5: The record ends before entry 5: entries were deleted at its end.");
    }

    @Test
    void theCheckIsRecordedUnderTheConsoleUsersName() throws Exception {
        Subject subject = new Subject(true, Set.of(new UserPrincipal("karin"), new RolePrincipal("admin")), Set.of(), Set.of());
        AuditVerifyCommand command = verifyCommand();

        Subject.doAs(subject, (PrivilegedExceptionAction<Object>) command::execute);

        assertThat(latest().actor()).isEqualTo("karin");
    }

    @Test
    void aServiceFailureBecomesOneReadableLine() {
        recordFive();
        database.run(tx -> tx.update("DELETE FROM audit.head"));

        assertThatThrownBy(() -> verifyCommand().execute())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The audit record is damaged (its chain head is missing). Nothing was saved; tell your administrator.")
                .hasNoCause();
        assertThat(session.output()).contains("The record's chain head is missing");
    }

    @Test
    void listShowsTheNewestEntriesFirstWithATotal() throws Exception {
        recordFive();
        AuditListCommand command = listCommand();
        command.limit = 2;

        command.execute();

        String out = session.output();
        assertThat(out).contains("Actor", "Action", "Target", "Outcome", "Time (UTC)");
        assertThat(out).contains("auth.logout", "case.read", "Denied", "notAssigned", "case:42");
        assertThat(out).doesNotContain("user.create", "BAD_PASSWORD");
        assertThat(out.indexOf("auth.logout")).isLessThan(out.indexOf("case.read"));
        assertThat(out).endsWith("Showing 1 to 2 of 5." + System.lineSeparator());
    }

    @Test
    void listFiltersByActorAndActionPrefix() throws Exception {
        recordFive();
        AuditListCommand command = listCommand();
        command.actor = "ben";
        command.action = "auth.";

        command.execute();

        String out = session.output();
        assertThat(out).contains("BAD_PASSWORD;web", "Failure");
        assertThat(out).doesNotContain("user:ana", "auth.logout", "case.read");
        assertThat(out).endsWith("Showing 1 to 1 of 1." + System.lineSeparator());
    }

    @Test
    void anEmptyListSaysSo() throws Exception {
        AuditListCommand command = listCommand();
        command.actor = "nobody";

        command.execute();

        assertThat(session.output()).contains("Nothing to show.").doesNotContain("Showing");
    }

    @Test
    void aLimitOutOfRangeIsRefusedWithTheAllowedRange() {
        AuditListCommand command = listCommand();
        command.limit = 501;

        assertThatThrownBy(command::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--limit must be between 1 and 500.");
    }
}
