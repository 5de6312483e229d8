package org.amparo.security.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.amparo.security.AuthenticationResult;
import org.amparo.security.Authenticator;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * JAAS login module over the {@link Authenticator} (channel {@code console}), which it finds in
 * its options under {@link #AUTHENTICATOR_OPTION}. On commit the subject gains a
 * {@link UserPrincipal} and a {@link RolePrincipal} for each JAAS role of each of the user's
 * roles ({@link Role#jaasRoles()}); abort and logout take them away again. Failures are reported
 * as {@link FailedLoginException} (wrong name or password), {@link AccountLockedException} or
 * {@link AccountException} (disabled), whose messages are message keys. Instantiated by JAAS, one
 * instance per log-in attempt.
 */
public final class AmparoLoginModule implements LoginModule {
    /** The option holding the {@link Authenticator} object. */
    public static final String AUTHENTICATOR_OPTION = "org.amparo.security.authenticator";
    static final String CHANNEL = "console";

    private Subject subject;
    private CallbackHandler callbackHandler;
    private Authenticator authenticator;
    private final Set<Principal> principals = new LinkedHashSet<>();
    private boolean succeeded;
    private boolean committed;

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        Object value = options.get(AUTHENTICATOR_OPTION);
        this.authenticator = value instanceof Authenticator a ? a : null;
    }

    @Override
    public boolean login() throws LoginException {
        succeeded = false;
        principals.clear();
        if (authenticator == null) {
            throw new LoginException("security.jaas.noAuthenticator");
        }
        if (callbackHandler == null) {
            throw new LoginException("security.jaas.noCallbackHandler");
        }
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbackHandler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            LoginException failure = new LoginException("security.jaas.callbackFailed");
            failure.initCause(e);
            throw failure;
        }
        AuthenticationResult result;
        char[] typed = password.getPassword();
        try {
            result = authenticator.authenticate(name.getName(), typed, CHANNEL);
        } finally {
            PasswordHasher.wipe(typed);
            password.clearPassword();
        }
        switch (result.status()) {
            case SUCCESS -> {
                User user = result.user().orElseThrow();
                principals.add(new UserPrincipal(user.username()));
                for (Role role : user.roles()) {
                    for (String jaasRole : role.jaasRoles()) {
                        principals.add(new RolePrincipal(jaasRole));
                    }
                }
                succeeded = true;
                return true;
            }
            case LOCKED -> throw new AccountLockedException(result.status().messageKey());
            case DISABLED -> throw new AccountException(result.status().messageKey());
            default -> throw new FailedLoginException(result.status().messageKey());
        }
    }

    @Override
    public boolean commit() {
        if (!succeeded) {
            return false;
        }
        subject.getPrincipals().addAll(principals);
        committed = true;
        return true;
    }

    @Override
    public boolean abort() {
        if (!succeeded) {
            return false;
        }
        if (committed) {
            logout();
        }
        succeeded = false;
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        succeeded = false;
        committed = false;
        return true;
    }
}
