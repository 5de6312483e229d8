package org.amparo.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.security.auth.Subject;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.interviews.internal.ListVerificationsImpl;
import org.amparo.persistence.internal.JdbcDatabase;
import org.amparo.screening.IndicatorList;
import org.amparo.screening.internal.InstrumentsImpl;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;

/**
 * indicator-lists and indicator-list-verify against the real list verification service, the core
 * screening instruments and the real audit log on in-memory Derby; the console user is mapped to an
 * Amparo account of the in-memory user service.
 */
class IndicatorListCommandsTest {
    private static final String NL = System.lineSeparator();
    private static final InstrumentsImpl INSTRUMENTS = coreInstruments();

    private final ClasspathMessages messages = new ClasspathMessages("shell", "interviews", "screening");
    private final FakeSecurity.Users users = new FakeSecurity.Users();
    private final FakeSession session = new FakeSession();
    private final JdbcDatabase database = database();
    private final AuditLogImpl audit = new AuditLogImpl(database);
    private final ListVerificationsImpl verifications = new ListVerificationsImpl(database, audit, INSTRUMENTS);

    IndicatorListCommandsTest() {
        users.users.put("cora", new User(1, "cora", "Cora Example", 7, Set.of(Role.COUNTRY_ADMIN), true, null, "en", Instant.EPOCH));
        users.users.put("ana", new User(2, "ana", "Ana Example", 7, Set.of(Role.CASEWORKER), true, null, "en", Instant.EPOCH));
        users.users.put("old", new User(3, "old", "Old Example", 7, Set.of(Role.COUNTRY_ADMIN), false, null, "en", Instant.EPOCH));
    }

    private static InstrumentsImpl coreInstruments() {
        try {
            return InstrumentsImpl.fromCodeSource(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JdbcDatabase database() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:shell-lists-" + System.nanoTime());
        dataSource.setCreateDatabase("create");
        return new JdbcDatabase(dataSource);
    }

    private IndicatorListsCommand listCommand() {
        IndicatorListsCommand command = new IndicatorListsCommand();
        command.session = session;
        command.messages = messages;
        command.instruments = INSTRUMENTS;
        command.verifications = verifications;
        return command;
    }

    private IndicatorListVerifyCommand verifyCommand(String listId, String verified, String... note) {
        IndicatorListVerifyCommand command = new IndicatorListVerifyCommand();
        command.session = session;
        command.messages = messages;
        command.users = users;
        command.verifications = verifications;
        command.listId = listId;
        command.verified = verified;
        command.note = List.of(note);
        return command;
    }

    private static Object runAs(String username, IndicatorListVerifyCommand command) throws Exception {
        Subject subject = new Subject(true, Set.of(new UserPrincipal(username), new RolePrincipal("manager")), Set.of(), Set.of());
        return Subject.doAs(subject, (PrivilegedExceptionAction<Object>) command::execute);
    }

    private static String row(String output, String listId) {
        return output.lines().filter(line -> line.startsWith(listId + " ")).findFirst().orElseThrow();
    }

    @Test
    void listsEveryIndicatorListAsLoadedThenWithTheAdministratorsDecision() throws Exception {
        listCommand().execute();

        String before = session.output();
        assertThat(before).contains("List", "Age group", "Exploitation", "Version", "Verified", "Decided by", "Decided at (UTC)");
        for (IndicatorList list : INSTRUMENTS.current().indicatorLists()) {
            assertThat(before).contains(list.id());
        }
        IndicatorList labour = INSTRUMENTS.current().indicatorList("adult_labour").orElseThrow();
        assertThat(row(before, "adult_labour")).containsPattern("adult_labour\\s*\\|\\s*adult\\s*\\|\\s*labour\\s*\\|\\s*"
                + java.util.regex.Pattern.quote(labour.version()) + "\\s*\\|\\s*no\\s*\\|\\s*- \\(as loaded\\)");
        assertThat(row(before, "ilo_forced_labour")).containsPattern("ilo_forced_labour\\s*\\|\\s*all\\s*\\|");
        assertThat(before).endsWith("amparo:indicator-list-verify." + NL);

        runAs("cora", verifyCommand("adult_labour", "TRUE", "Checked", "against", "the", "brochure", "(fictional", "check)."));

        assertThat(session.output()).endsWith("Indicator list adult_labour now counts as verified (decided by cora). "
                + "New screenings use this state; completed ones keep the state they were determined with." + NL);
        assertThat(verifications.history()).hasSize(1);
        assertThat(verifications.history().get(0).note()).isEqualTo("Checked against the brochure (fictional check).");
        AuditEntry entry = audit.page(AuditQuery.latest(1)).get(0);
        assertThat(entry.actor()).isEqualTo("cora");
        assertThat(entry.action()).isEqualTo("screening.listVerification");
        assertThat(entry.outcome().name()).isEqualTo("SUCCESS");

        FakeSession after = new FakeSession();
        IndicatorListsCommand again = listCommand();
        again.session = after;
        again.execute();
        assertThat(row(after.output(), "adult_labour")).containsPattern("\\|\\s*yes\\s*\\|\\s*cora\\s*\\|\\s*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(row(after.output(), "adult_sexual")).contains("- (as loaded)");

        runAs("cora", verifyCommand("adult_labour", "false", "Edition", "withdrawn"));
        assertThat(verifications.states()).containsEntry("adult_labour", false);
        assertThat(session.output()).contains("Indicator list adult_labour now counts as NOT verified (decided by cora)");
    }

    @Test
    void anyoneButAnEnabledCountryAdministratorIsRefusedWithOneClearLine() {
        assertThatThrownBy(() -> runAs("ana", verifyCommand("adult_labour", "true", "checked")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only a country administrator can verify an indicator list.")
                .hasNoCause();
        assertThat(audit.page(AuditQuery.latest(1)).get(0).outcome().name()).as("the refusal is audited").isEqualTo("DENIED");
        assertThatThrownBy(() -> verifyCommand("adult_labour", "true", "checked").execute())
                .hasMessageStartingWith("The console user \"console\" is not an Amparo account, so it cannot verify a list.");
        assertThatThrownBy(() -> runAs("karaf", verifyCommand("adult_labour", "true", "checked")))
                .hasMessageStartingWith("The console user \"karaf\" is not an Amparo account");
        assertThatThrownBy(() -> runAs("old", verifyCommand("adult_labour", "true", "checked")))
                .hasMessage("The Amparo account \"old\" is disabled; it cannot verify a list.");
        assertThat(verifications.history()).isEmpty();
        assertThat(session.output()).isEmpty();
    }

    @Test
    void invalidInputIsOneClearLineAndNothingIsRecorded() {
        assertThatThrownBy(() -> runAs("cora", verifyCommand("no_such_list", "true", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid input: listId: There is no indicator list no_such_list.; "
                        + "note: Say what the list was checked against (document, edition, date).");
        assertThatThrownBy(() -> runAs("cora", verifyCommand("adult_labour", "maybe", "checked")))
                .hasMessage("Give true or false, not \"maybe\".");
        assertThat(verifications.history()).isEmpty();
        assertThat(session.output()).isEmpty();
    }
}
