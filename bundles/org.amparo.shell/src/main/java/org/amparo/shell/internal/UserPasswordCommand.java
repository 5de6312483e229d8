package org.amparo.shell.internal;

import java.io.IOException;
import java.util.Arrays;

import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code amparo:user-password}: sets a new password (asked for twice) and lifts any lockout. */
@Command(scope = "amparo", name = "user-password", description = "Resets a user's password (asks for it twice) and lifts any lockout")
@Service
public class UserPasswordCommand extends AmparoAction {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", description = "The account's log-in name", required = true)
    @Completion(UsernameCompleter.class)
    String username;

    @Override
    void run() throws IOException {
        char[] password = readNewPassword(username);
        try {
            users.resetPassword(username, password, actor());
        } finally {
            Arrays.fill(password, '\0');
        }
        say("shell.user.passwordReset", username);
    }
}
