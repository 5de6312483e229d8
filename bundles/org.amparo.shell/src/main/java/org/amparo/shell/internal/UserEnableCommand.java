package org.amparo.shell.internal;

import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code amparo:user-enable}: enables a disabled user account. */
@Command(scope = "amparo", name = "user-enable", description = "Enables a disabled user account")
@Service
public class UserEnableCommand extends AmparoAction {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", description = "The account's log-in name", required = true)
    @Completion(UsernameCompleter.class)
    String username;

    @Override
    void run() {
        users.enable(username, actor());
        say("shell.user.enabled", username);
    }
}
