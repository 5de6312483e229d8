package org.amparo.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.junit.jupiter.api.Test;

/** Argument handling of the user and organisation commands, over in-memory security services. */
class UserCommandsTest {
    private static final String NL = System.lineSeparator();

    private final ClasspathMessages messages = new ClasspathMessages("shell", "audit")
            .with("error.notFound", "Not found.")
            .with("security.password.tooShort", "at least {0} characters");
    private final FakeSecurity.Users users = new FakeSecurity.Users();
    private final FakeSecurity.Organisations organisations = new FakeSecurity.Organisations()
            .with("DEMO-NGO", "Demo NGO").with("GOV-1", "Migration office");
    private final FakeSession session = new FakeSession();

    private <T extends AmparoAction> T wire(T command) {
        command.session = session;
        command.messages = messages;
        return command;
    }

    private UserAddCommand userAdd(String username, String org, String... roles) {
        UserAddCommand command = wire(new UserAddCommand());
        command.users = users;
        command.organisations = organisations;
        command.username = username;
        command.displayName = "Ana Example";
        command.organisation = org;
        command.roles = List.of(roles);
        return command;
    }

    @Test
    void userAddAsksForThePasswordTwiceMaskedAndCreatesTheAccount() throws Exception {
        session.answering("correct horse battery", "correct horse battery");
        UserAddCommand command = userAdd("ana", "GOV-1", "caseworker", "supervisor");
        command.language = "fr";

        command.execute();

        User ana = users.find("ana").orElseThrow();
        assertThat(ana.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR);
        assertThat(ana.organisationId()).isEqualTo(2);
        assertThat(ana.language()).isEqualTo("fr");
        assertThat(users.passwords).containsEntry("ana", "correct horse battery");
        assertThat(users.actors).containsExactly("console");
        assertThat(session.prompts).containsExactly("New password for ana: ", "Type the password again: ");
        assertThat(session.masks).containsExactly('*', '*');
        assertThat(session.output()).isEqualTo("User ana created in GOV-1 with roles SUPERVISOR, CASEWORKER." + NL);
    }

    @Test
    void rolesMayBeGivenInAnyCaseWithDashesOrCommaSeparated() throws Exception {
        session.answering("correct horse battery", "correct horse battery");

        userAdd("ben", "DEMO-NGO", "partner-caseworker,AUDITOR").execute();

        assertThat(users.find("ben").orElseThrow().roles()).containsExactlyInAnyOrder(Role.PARTNER_CASEWORKER, Role.AUDITOR);
    }

    @Test
    void differingPasswordsCreateNothing() {
        session.answering("correct horse battery", "correct horse batterz");

        assertThatThrownBy(userAdd("ana", "GOV-1", "CASEWORKER")::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The two passwords differ. Nothing was changed.");
        assertThat(users.users).isEmpty();
    }

    @Test
    void noPasswordAtAllCreatesNothing() {
        assertThatThrownBy(userAdd("ana", "GOV-1", "CASEWORKER")::execute)
                .hasMessage("No password was entered. Nothing was changed.");
        assertThat(users.users).isEmpty();
    }

    @Test
    void anUnknownRoleIsRefusedBeforeThePasswordIsAskedFor() {
        assertThatThrownBy(userAdd("ana", "GOV-1", "CASEWORKER", "boss")::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown role \"boss\". Roles: SYSTEM_ADMIN, COUNTRY_ADMIN, SUPERVISOR, CASEWORKER, "
                        + "PARTNER_CASEWORKER, AUDITOR.");
        assertThat(session.prompts).isEmpty();
    }

    @Test
    void anUnknownOrganisationIsRefusedBeforeThePasswordIsAskedFor() {
        assertThatThrownBy(userAdd("ana", "NOPE", "CASEWORKER")::execute)
                .hasMessage("There is no organisation with code NOPE.");
        assertThat(session.prompts).isEmpty();
    }

    @Test
    void theServicesValidationErrorsBecomeOneLineNamingEachField() {
        session.answering("short", "short");

        assertThatThrownBy(userAdd("ana", "GOV-1", "CASEWORKER")::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid input: password: at least 12 characters")
                .hasNoCause();
    }

    @Test
    void disableEnableAndUnlockConfirmWhatTheyDid() throws Exception {
        session.answering("correct horse battery", "correct horse battery");
        userAdd("ana", "GOV-1", "CASEWORKER").execute();

        UserDisableCommand disable = wire(new UserDisableCommand());
        disable.users = users;
        disable.username = "ana";
        disable.execute();
        assertThat(users.find("ana").orElseThrow().enabled()).isFalse();

        UserEnableCommand enable = wire(new UserEnableCommand());
        enable.users = users;
        enable.username = "ana";
        enable.execute();
        assertThat(users.find("ana").orElseThrow().enabled()).isTrue();

        UserUnlockCommand unlock = wire(new UserUnlockCommand());
        unlock.users = users;
        unlock.username = "ana";
        unlock.execute();

        assertThat(session.output()).endsWith("User ana disabled: they can no longer log in." + NL
                + "User ana enabled." + NL + "User ana unlocked." + NL);
    }

    @Test
    void anUnknownUserGivesTheServicesMessageNotAStackTrace() {
        UserDisableCommand disable = wire(new UserDisableCommand());
        disable.users = users;
        disable.username = "ghost";

        assertThatThrownBy(disable::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not found.")
                .hasNoCause();
    }

    @Test
    void passwordResetAsksTwiceAndRefusesAMismatch() throws Exception {
        session.answering("correct horse battery", "correct horse battery");
        userAdd("ana", "GOV-1", "CASEWORKER").execute();

        UserPasswordCommand reset = wire(new UserPasswordCommand());
        reset.users = users;
        reset.username = "ana";
        session.answering("a brand new passphrase", "a brand new typo");
        assertThatThrownBy(reset::execute).hasMessage("The two passwords differ. Nothing was changed.");
        assertThat(users.passwords).containsEntry("ana", "correct horse battery");

        session.answering("a brand new passphrase", "a brand new passphrase");
        reset.execute();
        assertThat(users.passwords).containsEntry("ana", "a brand new passphrase");
        assertThat(session.output()).endsWith("Password of user ana changed; any lockout was lifted." + NL);
    }

    @Test
    void userListShowsOrganisationCodesStatusAndATotal() throws Exception {
        session.answering("correct horse battery", "correct horse battery", "correct horse battery", "correct horse battery");
        userAdd("ana", "GOV-1", "CASEWORKER").execute();
        userAdd("ben", "DEMO-NGO", "AUDITOR").execute();
        users.disable("ben", "test");
        User ana = users.find("ana").orElseThrow();
        users.users.put("ana", new User(ana.id(), "ana", ana.displayName(), ana.organisationId(), ana.roles(), true,
                Instant.now().plus(10, ChronoUnit.MINUTES), "en", ana.createdAt()));

        UserListCommand list = wire(new UserListCommand());
        list.users = users;
        list.organisations = organisations;
        list.execute();

        String out = session.output();
        assertThat(out).contains("User name", "Organisation", "Status");
        assertThat(out.lines().filter(l -> l.contains("ana") && l.contains("GOV-1") && l.contains("locked until"))).hasSize(1);
        assertThat(out.lines().filter(l -> l.contains("ben") && l.contains("DEMO-NGO") && l.contains("disabled"))).hasSize(1);
        assertThat(out).endsWith("Showing 1 to 2 of 2." + NL);
    }

    @Test
    void orgAddCreatesAndOrgListShowsOrganisationsByCode() throws Exception {
        OrgAddCommand add = wire(new OrgAddCommand());
        add.organisations = organisations;
        add.code = "ACME-DEMO";
        add.name = "Acme relief";
        add.country = "GR";
        add.demo = true;
        add.execute();
        assertThat(organisations.actors).containsExactly("console");

        OrgListCommand list = wire(new OrgListCommand());
        list.organisations = organisations;
        list.execute();

        String out = session.output();
        assertThat(out).startsWith("Organisation ACME-DEMO created as demonstration data." + NL);
        assertThat(out.lines().filter(l -> l.contains("ACME-DEMO") && l.contains("GR") && l.contains("yes"))).hasSize(1);
        assertThat(out.indexOf("ACME-DEMO", 60)).isLessThan(out.indexOf("DEMO-NGO")).isLessThan(out.indexOf("GOV-1"));
    }
}
