package org.amparo.shell.internal;

import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code amparo:user-unlock}: lifts the lockout after repeated failed log-ins, keeping the password. */
@Command(scope = "amparo", name = "user-unlock", description = "Lifts the lockout after repeated failed log-ins, keeping the password")
@Service
public class UserUnlockCommand extends AmparoAction {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", description = "The account's log-in name", required = true)
    @Completion(UsernameCompleter.class)
    String username;

    @Override
    void run() {
        users.unlock(username, actor());
        say("shell.user.unlocked", username);
    }
}
