package org.amparo.itest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs a Karaf console command as the administrator "itest-console" and returns what it printed. */
final class Console {
    private Console() {
    }

    /** What a command printed or returned, and the exception it failed with, if any. */
    record Result(String output, Exception failure) {
        @Override
        public String toString() {
            return "output=" + output + " failure=" + failure;
        }

        /** Karaf's answer to a command that is not registered: Gogo's CommandNotFoundException. */
        boolean commandNotFound() {
            return failure != null && failure.getClass().getSimpleName().equals("CommandNotFoundException");
        }
    }

    /** Runs {@code command} in a fresh session, as a new ssh log-in would get; prints a failure's message as Karaf does. */
    static Result execute(SessionFactory sessions, String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("itest-console"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        subject.getPrincipals().add(new RolePrincipal("manager"));
        subject.getPrincipals().add(new RolePrincipal("viewer"));
        Exception failure = null;
        try {
            Object result = Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                out.println(result);
            }
        } catch (java.security.PrivilegedActionException e) {
            failure = e.getException();
            out.println(failure.getMessage());
        } catch (RuntimeException e) {
            failure = e;
            out.println(e.getMessage());
        } finally {
            session.close();
        }
        out.flush();
        return new Result(bytes.toString(StandardCharsets.UTF_8), failure);
    }

    /** What {@code command} printed, including the one-line message of a failure. */
    static String run(SessionFactory sessions, String command) {
        return execute(sessions, command).output();
    }
}
