package org.amparo.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditOutcome;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.AuthenticationResult.Status;
import org.amparo.security.NewUser;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.junit.jupiter.api.Test;

class UserServiceImplTest {
    private final SecurityFixture f = new SecurityFixture();

    @Test
    void createsAnAccountThatCanLogInAndAuditsItWithTheActor() {
        char[] password = SecurityFixture.PASSWORD.toCharArray();
        NewUser ana = new NewUser("ana.lopez", "  Ana López ", f.organisation().id(), Set.of(Role.CASEWORKER, Role.SUPERVISOR),
                password, "fr");

        User created = f.users.create(ana, "admin");

        assertThat(created.username()).isEqualTo("ana.lopez");
        assertThat(created.displayName()).isEqualTo("Ana López");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR);
        assertThat(created.language()).isEqualTo("fr");
        assertThat(created.enabled()).isTrue();
        assertThat(f.users.find("ana.lopez")).contains(created);
        assertThat(f.users.count()).isEqualTo(1);
        assertThat(password).as("the caller's password array is wiped").containsOnly('\0');
        assertThat(f.stored("ana.lopez").passwordHash()).startsWith("pbkdf2-sha256$1000$").doesNotContain("horse");
        assertThat(f.audit.withAction("user.create")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.target()).isEqualTo("user:ana.lopez");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(e.detail()).isEqualTo("roles=CASEWORKER,SUPERVISOR");
        });
        assertThat(f.authenticator.authenticate("ana.lopez", SecurityFixture.PASSWORD.toCharArray(), "web").status())
                .isEqualTo(Status.SUCCESS);
    }

    @Test
    void reportsEveryBadFieldAtOnceAndWritesNothing() {
        NewUser bad = new NewUser("Ana Lopez!", " ", 9999, Set.of(), "short".toCharArray(), "not a language");

        assertThatThrownBy(() -> f.users.create(bad, "admin"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(
                                tuple("username", "security.username.invalid"),
                                tuple("displayName", "security.displayName.invalid"),
                                tuple("organisationId", "security.organisation.unknown"),
                                tuple("roles", "security.roles.empty"),
                                tuple("password", "security.password.tooShort"),
                                tuple("language", "security.language.invalid")));
        assertThat(f.users.count()).isZero();
        assertThat(f.audit.actions()).doesNotContain("user.create");
    }

    @Test
    void eachRuleIsCheckedOnItsOwn() {
        assertThat(errorsFor(new NewUser("ab", "Ana", org(), Set.of(Role.AUDITOR), pw(), "en"))).containsExactly("username");
        assertThat(errorsFor(new NewUser("a".repeat(65), "Ana", org(), Set.of(Role.AUDITOR), pw(), "en"))).containsExactly("username");
        assertThat(errorsFor(new NewUser("ana", "x".repeat(101), org(), Set.of(Role.AUDITOR), pw(), "en")))
                .containsExactly("displayName");
        assertThat(errorsFor(new NewUser("ana", "Ana", org(), Set.of(Role.AUDITOR), "elevenchars".toCharArray(), "en")))
                .containsExactly("password");
        assertThat(errorsFor(new NewUser("ana", "Ana", org(), Set.of(Role.AUDITOR), null, "en"))).containsExactly("password");
        assertThat(f.users.count()).isZero();
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        NewUser user = new NewUser("mariam", "Mariam", org(), Set.of(Role.CASEWORKER), "my-MARIAM-password".toCharArray(), "ar");

        assertThatThrownBy(() -> f.users.create(user, "admin"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("security.password.containsUsername"));
    }

    @Test
    void aMissingLanguageMeansEnglish() {
        User user = f.users.create(new NewUser("ana", "Ana", org(), Set.of(Role.AUDITOR), pw(), null), "admin");

        assertThat(user.language()).isEqualTo("en");
    }

    @Test
    void aTakenUserNameIsAConflictAndNothingMoreIsWritten() {
        f.user("ana", Role.CASEWORKER);

        assertThatThrownBy(() -> f.user("ana", Role.AUDITOR))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("security.user.exists");
                    assertThat(e.getMessage()).doesNotContain("ana");
                });
        assertThat(f.users.count()).isEqualTo(1);
        assertThat(f.users.find("ana").orElseThrow().roles()).containsExactly(Role.CASEWORKER);
        assertThat(f.audit.withAction("user.create")).hasSize(1);
    }

    @Test
    void disableEnableUnlockAndResetAreAuditedWithTheActor() {
        f.user("root", Role.SYSTEM_ADMIN);
        f.user("ana", Role.CASEWORKER);
        f.audit.clear();

        f.users.disable("ana", "root");
        assertThat(f.users.find("ana").orElseThrow().enabled()).isFalse();
        f.users.enable("ana", "root");
        assertThat(f.users.find("ana").orElseThrow().enabled()).isTrue();
        f.users.resetPassword("ana", "a brand new passphrase".toCharArray(), "root");
        f.users.unlock("ana", "root");

        assertThat(f.audit.events).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::target).containsExactly(
                tuple("user.disable", "root", "user:ana"),
                tuple("user.enable", "root", "user:ana"),
                tuple("user.passwordReset", "root", "user:ana"),
                tuple("user.unlock", "root", "user:ana"));
        assertThat(f.authenticator.authenticate("ana", "a brand new passphrase".toCharArray(), "web").succeeded()).isTrue();
        assertThat(f.authenticator.authenticate("ana", SecurityFixture.PASSWORD.toCharArray(), "web").succeeded()).isFalse();
    }

    @Test
    void aResetPasswordIsValidatedAndWiped() {
        f.user("ana", Role.CASEWORKER);
        char[] tooShort = "short".toCharArray();
        char[] good = "another good passphrase".toCharArray();

        assertThatThrownBy(() -> f.users.resetPassword("ana", tooShort, "root")).isInstanceOf(ValidationException.class);
        f.users.resetPassword("ana", good, "root");

        assertThat(good).containsOnly('\0');
        assertThat(f.audit.withAction("user.passwordReset")).hasSize(1);
    }

    @Test
    void changesToAnUnknownUserAreNotFound() {
        assertThatThrownBy(() -> f.users.disable("ghost", "root")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.users.enable("ghost", "root")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.users.unlock("ghost", "root")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.users.resetPassword("ghost", "a brand new passphrase".toCharArray(), "root"))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.users.find("ghost")).isEmpty();
        assertThat(f.audit.events).isEmpty();
    }

    @Test
    void theLastActiveSystemAdministratorCannotBeDisabled() {
        f.user("root", Role.SYSTEM_ADMIN);

        assertThatThrownBy(() -> f.users.disable("root", "root"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.user.lastAdministrator"));
        assertThat(f.users.find("root").orElseThrow().enabled()).isTrue();

        f.user("second", Role.SYSTEM_ADMIN);
        f.users.disable("root", "second");
        assertThat(f.users.find("root").orElseThrow().enabled()).isFalse();
    }

    @Test
    void listsUsersByNameAPageAtATime() {
        f.user("carla", Role.CASEWORKER);
        f.user("ana", Role.AUDITOR);
        f.user("bruno", Role.SUPERVISOR);

        assertThat(f.users.list(0, 10)).extracting(User::username).containsExactly("ana", "bruno", "carla");
        assertThat(f.users.list(1, 1)).extracting(User::username).containsExactly("bruno");
        assertThat(f.users.list(0, 10).get(1).roles()).containsExactly(Role.SUPERVISOR);
        assertThatThrownBy(() -> f.users.list(0, 0)).isInstanceOf(ValidationException.class);
    }

    private java.util.List<String> errorsFor(NewUser user) {
        try {
            f.users.create(user, "admin");
            return java.util.List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    private long org() {
        return f.organisation().id();
    }

    private static char[] pw() {
        return SecurityFixture.PASSWORD.toCharArray();
    }
}
