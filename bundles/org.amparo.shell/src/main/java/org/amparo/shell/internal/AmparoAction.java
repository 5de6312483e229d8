package org.amparo.shell.internal;

import java.io.IOException;
import java.security.AccessControlContext;
import java.security.AccessController;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.amparo.cases.Actor;
import org.amparo.common.AmparoException;
import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.amparo.common.ValidationException;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

/**
 * What every {@code amparo:*} command shares: the console session, English texts from
 * {@link Messages}, the acting user, and one place that turns a service's {@link AmparoException}
 * into a one-line error (Karaf prints an exception's message, without a stack trace).
 *
 * <p>Commands are thin adapters: they parse arguments, call one service and print the result.
 */
abstract class AmparoAction implements Action {
    /** The audit actor when no JAAS user is attached to the console (e.g. a script at boot). */
    static final String CONSOLE_ACTOR = "console";

    @Reference
    Session session;

    @Reference
    Messages messages;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
            return null;
        } catch (ValidationException e) {
            String fields = e.errors().stream()
                    .map(error -> error.field() + ": " + text(error.messageKey(), error.arguments().toArray()))
                    .collect(Collectors.joining("; "));
            throw new IllegalArgumentException(text("shell.error.validation", fields));
        } catch (AmparoException e) {
            throw new IllegalArgumentException(text(e.messageKey(), e.arguments().toArray()));
        }
    }

    /** Does the command's work; may throw {@link AmparoException} and {@link IllegalArgumentException}. */
    abstract void run() throws IOException;

    final String text(String key, Object... arguments) {
        return messages.get(LanguageTag.ENGLISH, key, arguments);
    }

    final void say(String key, Object... arguments) {
        session.getConsole().println(text(key, arguments));
    }

    /** An error Karaf prints as one line: the English text of {@code key}. */
    final IllegalArgumentException failure(String key, Object... arguments) {
        return new IllegalArgumentException(text(key, arguments));
    }

    /**
     * The service of a switchable module, referenced as optional: a mandatory reference would hold
     * back every command of this bundle while the module is off (Karaf registers a bundle's commands
     * only when all their mandatory references are there).
     */
    final <T> T module(T service, String moduleId) {
        if (service == null) {
            throw failure("shell.error.moduleOff", moduleId);
        }
        return service;
    }

    final void checkRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw failure("shell.error.range", option, min, max);
        }
    }

    /**
     * Asks twice for a new password without echoing it. The caller wipes the returned array.
     *
     * @throws IllegalArgumentException if nothing was typed or the two entries differ
     */
    final char[] readNewPassword(String username) throws IOException {
        String first = session.readLine(text("shell.password.prompt", username) + " ", '*');
        if (first == null || first.isEmpty()) {
            throw failure("shell.error.passwordMissing");
        }
        String second = session.readLine(text("shell.password.confirm") + " ", '*');
        char[] password = first.toCharArray();
        char[] repeated = second == null ? new char[0] : second.toCharArray();
        try {
            if (!Arrays.equals(password, repeated)) {
                Arrays.fill(password, '\0');
                throw failure("shell.error.passwordMismatch");
            }
            return password;
        } finally {
            Arrays.fill(repeated, '\0');
        }
    }

    /**
     * The console user as the domain services' {@link Actor}: the enabled Amparo account of the same
     * name, so that the services decide what it may do as for any other caller.
     *
     * @param notAnAccountKey the error when the console login is no Amparo account ({0}: the login)
     * @param disabledKey the error when the account is disabled ({0}: the login)
     */
    final Actor amparoActor(UserService users, String notAnAccountKey, String disabledKey) {
        String name = actor();
        User user = users.find(name).orElseThrow(() -> failure(notAnAccountKey, name));
        if (!user.enabled()) {
            throw failure(disabledKey, name);
        }
        return new Actor(user.username(), user.organisationId(), user.roles());
    }

    /** The user logged in to this console (JAAS {@link UserPrincipal}), else {@value #CONSOLE_ACTOR}. */
    @SuppressWarnings("removal") // Subject.getSubject is how Karaf 4.4 exposes the console user on Java 17
    static String actor() {
        AccessControlContext context = AccessController.getContext();
        Subject subject = Subject.getSubject(context);
        if (subject != null) {
            for (UserPrincipal principal : subject.getPrincipals(UserPrincipal.class)) {
                return principal.getName();
            }
        }
        return CONSOLE_ACTOR;
    }
}
