package org.amparo.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.amparo.security.Authenticator;
import org.amparo.security.Role;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmparoLoginModuleTest {
    private final SecurityFixture f = new SecurityFixture();

    @BeforeEach
    void accounts() {
        f.user("root", Role.SYSTEM_ADMIN);
        f.user("ana", Role.CASEWORKER);
        f.audit.clear();
    }

    @Test
    void aConsoleLogInGivesTheUserAndTheRolesKarafChecks() throws LoginException {
        LoginContext login = context("root", SecurityFixture.PASSWORD);

        login.login();

        assertThat(login.getSubject().getPrincipals()).extracting(Principal::getName)
                .containsExactlyInAnyOrder("root", "admin", "manager", "viewer", "systembundles", "ssh", "amparo-system-admin");
        assertThat(login.getSubject().getPrincipals(UserPrincipal.class)).extracting(Principal::getName).containsExactly("root");
        assertThat(login.getSubject().getPrincipals(RolePrincipal.class)).hasSize(6);
        assertThat(f.audit.last().detail()).isEqualTo("ok console");

        login.logout();
        assertThat(login.getSubject().getPrincipals()).isEmpty();
    }

    @Test
    void aCaseworkerGetsNoConsoleRole() throws LoginException {
        LoginContext login = context("ana", SecurityFixture.PASSWORD);

        login.login();

        assertThat(login.getSubject().getPrincipals()).extracting(Principal::getName)
                .containsExactlyInAnyOrder("ana", "amparo-caseworker");
    }

    @Test
    void aWrongPasswordFails() {
        assertThatThrownBy(() -> context("root", "not the password").login())
                .isInstanceOf(FailedLoginException.class)
                .hasMessage("login.error.BAD_CREDENTIALS");
        assertThat(f.audit.last().detail()).isEqualTo("badPassword console");
    }

    @Test
    void aLockedAccountIsReportedAsLocked() {
        for (int i = 0; i < Authenticator.MAX_FAILURES; i++) {
            f.authenticator.authenticate("ana", "guess".toCharArray(), "web");
        }

        assertThatThrownBy(() -> context("ana", SecurityFixture.PASSWORD).login()).isInstanceOf(AccountLockedException.class);
    }

    @Test
    void aDisabledAccountIsRefused() {
        f.users.disable("ana", "root");

        assertThatThrownBy(() -> context("ana", SecurityFixture.PASSWORD).login())
                .isInstanceOf(AccountException.class)
                .hasMessage("login.error.DISABLED");
    }

    @Test
    void abortTakesThePrincipalsAwayAgain() throws LoginException {
        Subject subject = new Subject();
        AmparoLoginModule module = new AmparoLoginModule();
        module.initialize(subject, handler("root", SecurityFixture.PASSWORD), Map.of(),
                Map.of(AmparoLoginModule.AUTHENTICATOR_OPTION, f.authenticator));

        assertThat(module.login()).isTrue();
        assertThat(module.commit()).isTrue();
        assertThat(subject.getPrincipals()).isNotEmpty();
        assertThat(module.abort()).isTrue();
        assertThat(subject.getPrincipals()).isEmpty();
    }

    @Test
    void withoutAnAuthenticatorNobodyLogsIn() {
        AmparoLoginModule module = new AmparoLoginModule();
        module.initialize(new Subject(), handler("root", SecurityFixture.PASSWORD), Map.of(), Map.of());

        assertThatThrownBy(module::login).isInstanceOf(LoginException.class);
    }

    private LoginContext context(String username, String password) throws LoginException {
        Configuration configuration = new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(AmparoLoginModule.class.getName(),
                        LoginModuleControlFlag.REQUIRED, Map.of(AmparoLoginModule.AUTHENTICATOR_OPTION, f.authenticator))};
            }
        };
        return new LoginContext("karaf", new Subject(), handler(username, password), configuration);
    }

    private static CallbackHandler handler(String username, String password) {
        return (Callback[] callbacks) -> {
            for (Callback callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(username);
                } else if (callback instanceof PasswordCallback pw) {
                    pw.setPassword(password.toCharArray());
                } else {
                    throw new UnsupportedCallbackException(callback);
                }
            }
        };
    }
}
