package org.amparo.shell.internal;

import java.util.List;

import org.amparo.security.User;
import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes user names (the first 500, in name order). */
@Service
public class UsernameCompleter implements Completer {
    @Reference
    UserService users;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> names = users.list(0, 500).stream().map(User::username).toList();
        return new StringsCompleter(names).complete(session, commandLine, candidates);
    }
}
