package org.amparo.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditOutcome;
import org.amparo.security.AuthenticationResult.Status;
import org.amparo.security.AuthenticationResult;
import org.amparo.security.Authenticator;
import org.amparo.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticatorImplTest {
    private final SecurityFixture f = new SecurityFixture();

    @BeforeEach
    void oneCaseworker() {
        f.user("ana", Role.CASEWORKER);
        f.audit.clear();
    }

    @Test
    void theRightPasswordLogsInAndIsAudited() {
        AuthenticationResult result = login("ana", SecurityFixture.PASSWORD);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.user().orElseThrow().username()).isEqualTo("ana");
        assertThat(f.audit.events).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::target, AuditEvent::outcome,
                AuditEvent::detail).containsExactly(tuple("ana", "auth.login", "user:ana", AuditOutcome.SUCCESS, "ok web"));
    }

    @Test
    void theUserNameIsMatchedWithoutCaseOrSurroundingSpaces() {
        assertThat(login(" Ana ", SecurityFixture.PASSWORD).succeeded()).isTrue();
    }

    @Test
    void anUnknownNameFailsLikeAWrongPasswordAndIsNeverRecorded() {
        AuthenticationResult unknown = login("correct horse battery", "whatever it is");

        assertThat(unknown.status()).isEqualTo(Status.BAD_CREDENTIALS);
        assertThat(f.audit.events).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("unknown");
            assertThat(e.action()).isEqualTo("auth.login");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(e.detail()).isEqualTo("unknownUser web");
            assertThat(e.target() + e.detail()).doesNotContain("horse");
        });
    }

    @Test
    void aWrongPasswordFailsAndCountsTowardsALockout() {
        AuthenticationResult result = login("ana", "not the password");

        assertThat(result.status()).isEqualTo(Status.BAD_CREDENTIALS);
        assertThat(f.stored("ana").failedAttempts()).isEqualTo(1);
        assertThat(f.audit.last()).extracting(AuditEvent::actor, AuditEvent::outcome, AuditEvent::detail)
                .containsExactly("ana", AuditOutcome.FAILURE, "badPassword web");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        for (int i = 1; i < Authenticator.MAX_FAILURES; i++) {
            assertThat(login("ana", "guess " + i).status()).isEqualTo(Status.BAD_CREDENTIALS);
        }
        assertThat(login("ana", "guess 5").status()).isEqualTo(Status.LOCKED);
        assertThat(f.audit.withAction("auth.lockout")).singleElement()
                .extracting(AuditEvent::actor, AuditEvent::target).containsExactly("ana", "user:ana");

        // even the right password is refused while locked, and that is audited too
        assertThat(login("ana", SecurityFixture.PASSWORD).status()).isEqualTo(Status.LOCKED);
        assertThat(f.audit.last().detail()).isEqualTo("locked web");
        f.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(login("ana", SecurityFixture.PASSWORD).status()).isEqualTo(Status.LOCKED);

        f.clock.advance(Duration.ofSeconds(1));
        assertThat(login("ana", SecurityFixture.PASSWORD).status()).isEqualTo(Status.SUCCESS);
        assertThat(f.stored("ana").lockedUntil()).isNull();
        assertThat(f.stored("ana").failedAttempts()).isZero();
    }

    @Test
    void aSuccessfulLogInStartsTheCountAgain() {
        for (int i = 1; i < Authenticator.MAX_FAILURES; i++) {
            login("ana", "guess " + i);
        }
        assertThat(login("ana", SecurityFixture.PASSWORD).succeeded()).isTrue();
        for (int i = 1; i < Authenticator.MAX_FAILURES; i++) {
            assertThat(login("ana", "guess " + i).status()).isEqualTo(Status.BAD_CREDENTIALS);
        }
        assertThat(f.audit.withAction("auth.lockout")).isEmpty();
    }

    @Test
    void anAdministratorCanLiftALockout() {
        for (int i = 0; i < Authenticator.MAX_FAILURES; i++) {
            login("ana", "guess " + i);
        }
        f.users.unlock("ana", "root");

        assertThat(login("ana", SecurityFixture.PASSWORD).succeeded()).isTrue();
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        f.users.disable("ana", "root");

        assertThat(login("ana", SecurityFixture.PASSWORD).status()).isEqualTo(Status.DISABLED);
        assertThat(f.audit.last()).extracting(AuditEvent::action, AuditEvent::outcome, AuditEvent::detail)
                .containsExactly("auth.login", AuditOutcome.FAILURE, "disabled web");
    }

    @Test
    void theChannelIsRecordedAndOddValuesAreNotCopied() {
        new AuthenticatorImpl(f.store, f.audit, f.hasher, f.clock).authenticate("ana", "nope".toCharArray(), "<script>");

        assertThat(f.audit.last().detail()).isEqualTo("badPassword other");
    }

    @Test
    void aHashMadeWithAnOlderIterationCountIsUpgradedAtLogIn() {
        AuthenticatorImpl stronger = new AuthenticatorImpl(f.store, f.audit, new PasswordHasher(2000), f.clock);

        assertThat(stronger.authenticate("ana", SecurityFixture.PASSWORD.toCharArray(), "web").succeeded()).isTrue();
        assertThat(f.stored("ana").passwordHash()).startsWith("pbkdf2-sha256$2000$");
        assertThat(stronger.authenticate("ana", SecurityFixture.PASSWORD.toCharArray(), "web").succeeded()).isTrue();
    }

    private AuthenticationResult login(String username, String password) {
        return f.authenticator.authenticate(username, password.toCharArray(), "web");
    }
}
