package org.amparo.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;

import org.amparo.audit.AuditOutcome;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.persistence.internal.JdbcDatabase;
import org.amparo.security.Organisation;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.amparo.standards.internal.PublicReadingImpl;
import org.amparo.training.QuizQuestion;
import org.amparo.training.TrainingModule;
import org.amparo.training.internal.ShellTraining;
import org.amparo.training.internal.TrainingServiceImpl;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.action.Action;
import org.junit.jupiter.api.Test;

/**
 * library-public and the training commands over the REAL public-reading switch and training service
 * on in-memory Derby with the real audit log; the console user is mapped to an Amparo account of the
 * in-memory user service. Every person and organisation is fictional.
 */
class LearningCommandsTest {
    private static final String MODULE = "child-protection";
    private static final String BIA = ActionGuard.BEST_INTERESTS_ASSESSMENT;

    private final ClasspathMessages messages = new ClasspathMessages("shell", "training", "standards");
    private final FakeSecurity.Users users = new FakeSecurity.Users();
    private final FakeSecurity.Organisations organisations = new FakeSecurity.Organisations();
    private final FakeSession session = new FakeSession();
    private final JdbcDatabase database = database();
    private final AuditLogImpl audit = new AuditLogImpl(database);
    private final PublicReadingImpl reading = new PublicReadingImpl(database, audit);
    private final TrainingServiceImpl training = ShellTraining.training(database, audit, users);
    private final Organisation ngoA = organisations.create("NGO-A", "NGO A (fictional)", "MA", true, "setup");
    private final Organisation ngoB = organisations.create("NGO-B", "NGO B (fictional)", "MA", true, "setup");

    LearningCommandsTest() {
        add(1, "cora", ngoB, Role.COUNTRY_ADMIN);
        add(2, "ana", ngoA, Role.CASEWORKER);
        add(3, "sue", ngoA, Role.SUPERVISOR);
        add(4, "bob", ngoB, Role.SUPERVISOR);
    }

    private void add(long id, String name, Organisation org, Role role) {
        users.users.put(name, new User(id, name, name + " Example", org.id(), Set.of(role), true, null, "en", Instant.EPOCH));
    }

    private static JdbcDatabase database() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:shell-learning-" + System.nanoTime());
        dataSource.setCreateDatabase("create");
        return new JdbcDatabase(dataSource);
    }

    private static Object runAs(String username, Action command) throws Exception {
        Subject subject = new Subject(true, Set.of(new UserPrincipal(username)), Set.of(), Set.of());
        return Subject.doAs(subject, (PrivilegedExceptionAction<Object>) command::execute);
    }

    private <T extends AmparoAction> T init(T command) {
        command.session = session;
        command.messages = messages;
        return command;
    }

    private LibraryPublicCommand libraryPublic(String state) {
        LibraryPublicCommand command = init(new LibraryPublicCommand());
        command.users = users;
        command.reading = reading;
        command.state = state;
        return command;
    }

    private TrainingRequireCommand require(String action, String role, String module) {
        TrainingRequireCommand command = init(new TrainingRequireCommand());
        command.users = users;
        command.training = training;
        command.action = action;
        command.role = role;
        command.module = module;
        return command;
    }

    private TrainingUnrequireCommand unrequire(String action, String role, String module) {
        TrainingUnrequireCommand command = init(new TrainingUnrequireCommand());
        command.users = users;
        command.training = training;
        command.action = action;
        command.role = role;
        command.module = module;
        return command;
    }

    private TrainingRequirementsCommand requirements() {
        TrainingRequirementsCommand command = init(new TrainingRequirementsCommand());
        command.training = training;
        return command;
    }

    private TrainingReportCommand report(String code) {
        TrainingReportCommand command = init(new TrainingReportCommand());
        command.users = users;
        command.organisations = organisations;
        command.training = training;
        command.organisationCode = code;
        return command;
    }

    @Test
    void libraryPublicShowsTheSettingAndOnlyACountryAdministratorChangesIt() throws Exception {
        libraryPublic(null).execute();
        assertThat(session.output()).contains("The library is closed to people without an account (never opened).");

        assertThatThrownBy(() -> runAs("ana", libraryPublic("on"))).isInstanceOf(IllegalArgumentException.class).hasNoCause();
        assertThatThrownBy(() -> libraryPublic("on").execute())
                .hasMessageStartingWith("The console user \"console\" is not an Amparo account");
        assertThatThrownBy(() -> runAs("cora", libraryPublic("maybe"))).hasMessage("Give on or off, not \"maybe\".");
        assertThat(reading.isPublic()).isFalse();

        runAs("cora", libraryPublic("ON"));
        assertThat(session.output()).contains("The library is now open, read-only, to people without an account (set by cora).");
        assertThat(reading.isPublic()).isTrue();
        libraryPublic(" ").execute();
        assertThat(session.output()).contains("The library is OPEN, read-only, to people without an account (set by cora at ");
        runAs("cora", libraryPublic("off"));
        assertThat(reading.isPublic()).isFalse();
        assertThat(audit.count(new AuditQuery(null, "standards.publicReading", 0, 10))).isEqualTo(3);
        assertThat(audit.page(new AuditQuery("ana", "standards.publicReading", 0, 1)).get(0).outcome()).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void aCountryAdministratorRequiresListsAndDropsAModule() throws Exception {
        assertThatThrownBy(() -> runAs("ana", require(BIA, "caseworker", MODULE))).isInstanceOf(IllegalArgumentException.class)
                .hasNoCause();
        assertThatThrownBy(() -> runAs("cora", require(BIA, "wizard", MODULE))).hasMessageStartingWith("Unknown role \"wizard\".");
        assertThatThrownBy(() -> runAs("cora", require(BIA, "CASEWORKER", "no-such-module")))
                .hasMessageStartingWith("Invalid input: ").hasMessageContaining("moduleId");
        assertThat(training.requirements()).isEmpty();

        runAs("cora", require(BIA, "caseworker", MODULE));
        assertThat(session.output()).contains("Module " + MODULE + " is now required of CASEWORKER before " + BIA + " (set by cora).");
        assertThat(training.missing(new Actor("ana", ngoA.id(), Set.of(Role.CASEWORKER)), BIA)).containsExactly(MODULE);

        requirements().execute();
        assertThat(session.output()).containsPattern(BIA.replace(".", "\\.") + "\\s*\\|\\s*CASEWORKER\\s*\\|\\s*" + MODULE + "\\s*\\|\\s*cora")
                .contains("1 training requirement(s).").contains("Actions a requirement may name: ").contains(BIA);

        assertThatThrownBy(() -> runAs("ana", unrequire(BIA, "CASEWORKER", MODULE))).isInstanceOf(IllegalArgumentException.class);
        runAs("cora", unrequire(BIA, "CASEWORKER", MODULE));
        assertThat(session.output()).contains("Module " + MODULE + " is no longer required of CASEWORKER before " + BIA + ".");
        assertThat(training.requirements()).isEmpty();
        assertThatThrownBy(() -> runAs("cora", unrequire(BIA, "CASEWORKER", MODULE))).isInstanceOf(IllegalArgumentException.class)
                .hasNoCause();
    }

    @Test
    void whileTheTrainingModuleIsOffTheCommandsStayAndRefuseWithOneLine() {
        TrainingRequirementsCommand list = requirements();
        list.training = null;
        assertThatThrownBy(list::execute).isInstanceOf(IllegalArgumentException.class).hasNoCause()
                .hasMessageStartingWith("The training module is switched off");
        TrainingRequireCommand require = require(BIA, "CASEWORKER", MODULE);
        require.training = null;
        assertThatThrownBy(() -> runAs("cora", require)).isInstanceOf(IllegalArgumentException.class).hasNoCause();
        TrainingModuleCompleter completer = new TrainingModuleCompleter();
        java.util.List<String> candidates = new java.util.ArrayList<>();
        assertThat(completer.complete(session, null, candidates)).isEqualTo(-1);
        assertThat(candidates).isEmpty();
        assertThat(training.requirements()).isEmpty();
    }

    @Test
    void theReportShowsWhoCompletedWhatToTheOrganisationsSupervisorsAndCountryAdministrators() throws Exception {
        Actor ana = new Actor("ana", ngoA.id(), Set.of(Role.CASEWORKER));
        TrainingModule child = training.module(MODULE).orElseThrow();
        Map<String, Set<String>> answers = new HashMap<>();
        for (QuizQuestion q : child.quiz().questions()) {
            answers.put(q.id(), q.correct());
        }
        assertThat(training.submitQuiz(ana, MODULE, answers).passed()).isTrue();

        runAs("sue", report("NGO-A"));
        assertThat(session.output()).containsPattern("ana\\s*\\|\\s*CASEWORKER\\s*\\|.*done \\d{4}-\\d{2}-\\d{2} \\(100%\\)")
                .containsPattern("sue\\s*\\|\\s*SUPERVISOR").doesNotContain("bob").contains("Training report of NGO-A: 2 account(s)");
        runAs("cora", report("NGO-A"));

        assertThatThrownBy(() -> runAs("bob", report("NGO-A"))).isInstanceOf(IllegalArgumentException.class).hasNoCause();
        assertThatThrownBy(() -> runAs("ana", report("NGO-A"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runAs("cora", report("NGO-Z"))).hasMessage("There is no organisation with code NGO-Z.");
        assertThat(audit.count(new AuditQuery(null, "training.report", 0, 10))).isEqualTo(4);
    }
}
