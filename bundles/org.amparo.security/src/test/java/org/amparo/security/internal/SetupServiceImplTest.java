package org.amparo.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditOutcome;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ValidationException;
import org.amparo.security.NewUser;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.junit.jupiter.api.Test;

class SetupServiceImplTest {
    private final SecurityFixture f = new SecurityFixture();
    private final List<String> announced = new ArrayList<>();

    private SetupServiceImpl start() {
        return new SetupServiceImpl(f.store, f.users, f.organisations, f.audit, f.clock, announced::add);
    }

    @Test
    void aFreshInstallationAnnouncesOneSecretAndStoresOnlyItsHash() {
        SetupServiceImpl setup = start();

        assertThat(setup.setupRequired()).isTrue();
        assertThat(announced).singleElement().asString().matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}");
        String stored = f.store.inTransaction(f.store::findSetupSecretHash).orElseThrow();
        assertThat(stored).hasSize(64).isNotEqualTo(announced.get(0)).doesNotContain(announced.get(0));
        assertThat(f.users.count()).as("no account with a known password is ever created").isZero();
    }

    @Test
    void theSecretCreatesTheFirstAdministratorOnce() {
        SetupServiceImpl setup = start();
        String secret = announced.get(0);

        User admin = setup.createFirstAdministrator(secret, "Ministère de l'Intérieur", administrator("amina"));

        assertThat(admin.roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(f.organisations.find(admin.organisationId()).orElseThrow().code()).isEqualTo("MINISTERE-DE-L-INTERIEUR");
        assertThat(setup.setupRequired()).isFalse();
        assertThat(f.store.inTransaction(f.store::findSetupSecretHash)).isEmpty();
        assertThat(f.audit.actions()).containsExactly("org.create", "user.create", "setup.firstAdmin");
        assertThat(f.audit.last()).extracting(AuditEvent::actor, AuditEvent::target, AuditEvent::outcome)
                .containsExactly("amina", "user:amina", AuditOutcome.SUCCESS);
        assertThat(f.authenticator.authenticate("amina", SecurityFixture.PASSWORD.toCharArray(), "web").succeeded()).isTrue();

        assertThatThrownBy(() -> setup.createFirstAdministrator(secret, "Another", administrator("mallory")))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.setup.secretRejected"));
        assertThat(f.users.count()).isEqualTo(1);
        assertThat(f.audit.last()).extracting(AuditEvent::action, AuditEvent::outcome)
                .containsExactly("setup.secretRejected", AuditOutcome.DENIED);
    }

    @Test
    void aWrongSecretIsRefusedAuditedAndChangesNothing() {
        SetupServiceImpl setup = start();

        assertThatThrownBy(() -> setup.createFirstAdministrator("AAAA-BBBB", "Refugee Aid", administrator("mallory")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setup.createFirstAdministrator(null, "Refugee Aid", administrator("mallory")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(f.users.count()).isZero();
        assertThat(f.organisations.list(0, 10)).isEmpty();
        assertThat(f.audit.events).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("setup.secretRejected");
            assertThat(e.actor()).isEqualTo("anonymous");
            assertThat(e.detail()).isEqualTo("wrongSecret");
        });
        // the real secret still works, typed carelessly
        String typed = announced.get(0).toLowerCase(Locale.ROOT).replace("-", " ");
        assertThat(setup.createFirstAdministrator(typed, "Refugee Aid", administrator("amina")).username()).isEqualTo("amina");
    }

    @Test
    void anInvalidFormKeepsTheSecretUsable() {
        SetupServiceImpl setup = start();
        String secret = announced.get(0);
        NewUser weak = new NewUser("amina", "Amina", 0, Set.of(), "short".toCharArray(), "en");

        assertThatThrownBy(() -> setup.createFirstAdministrator(secret, "", weak))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("organisationName", "password"));
        assertThat(f.organisations.list(0, 10)).isEmpty();

        assertThat(setup.createFirstAdministrator(secret, "Refugee Aid", administrator("amina")).enabled()).isTrue();
    }

    @Test
    void noSecretIsMadeOrAcceptedOnceAccountsExist() {
        f.user("ana", Role.SYSTEM_ADMIN);

        SetupServiceImpl setup = start();

        assertThat(announced).isEmpty();
        assertThat(setup.setupRequired()).isFalse();
        assertThatThrownBy(() -> setup.createFirstAdministrator("AAAA", "Refugee Aid", administrator("mallory")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.last().detail()).isEqualTo("accountsExist");
    }

    @Test
    void creatingAnAccountAnotherWayRetiresTheSecret() {
        SetupServiceImpl setup = start();

        f.user("ana", Role.SYSTEM_ADMIN);

        assertThat(f.store.inTransaction(f.store::findSetupSecretHash)).isEmpty();
        assertThatThrownBy(() -> setup.createFirstAdministrator(announced.get(0), "Refugee Aid", administrator("mallory")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachStartWithoutAccountsReplacesTheSecret() {
        start();
        SetupServiceImpl restarted = start();

        assertThat(announced).hasSize(2).doesNotHaveDuplicates();
        assertThatThrownBy(() -> restarted.createFirstAdministrator(announced.get(0), "Refugee Aid", administrator("amina")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(restarted.createFirstAdministrator(announced.get(1), "Refugee Aid", administrator("amina"))).isNotNull();
    }

    @Test
    void anOrganisationCodeAlreadyTakenGetsANumber() {
        f.organisations.create("REFUGEE-AID", "Refugee Aid (demo)", "", true, "system");
        SetupServiceImpl setup = start();

        User admin = setup.createFirstAdministrator(announced.get(0), "Refugee Aid", administrator("amina"));

        assertThat(f.organisations.find(admin.organisationId()).orElseThrow().code()).isEqualTo("REFUGEE-AID-2");
    }

    private static NewUser administrator(String username) {
        return new NewUser(username, "First administrator", 0, Set.of(Role.CASEWORKER), SecurityFixture.PASSWORD.toCharArray(),
                "fr");
    }
}
