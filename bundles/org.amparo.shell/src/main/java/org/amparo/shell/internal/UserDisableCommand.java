package org.amparo.shell.internal;

import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code amparo:user-disable}: disables a user account; the user can no longer log in. */
@Command(scope = "amparo", name = "user-disable", description = "Disables a user account; the user can no longer log in")
@Service
public class UserDisableCommand extends AmparoAction {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", description = "The account's log-in name", required = true)
    @Completion(UsernameCompleter.class)
    String username;

    @Override
    void run() {
        users.disable(username, actor());
        say("shell.user.disabled", username);
    }
}
