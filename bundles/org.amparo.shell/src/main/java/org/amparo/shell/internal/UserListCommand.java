package org.amparo.shell.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code amparo:user-list}: user accounts in name order, a page at a time. */
@Command(scope = "amparo", name = "user-list", description = "Lists user accounts")
@Service
public class UserListCommand extends AmparoAction {
    @Reference
    UserService users;

    @Reference
    OrganisationService organisations;

    @Option(name = "--offset", description = "How many accounts to skip")
    int offset = 0;

    @Option(name = "--limit", aliases = "-n", description = "How many accounts to show (1 to 500)")
    int limit = 50;

    @Override
    void run() {
        checkRange("limit", limit, 1, 500);
        checkRange("offset", offset, 0, Integer.MAX_VALUE);
        List<User> page = users.list(offset, limit);
        Map<Long, String> codes = new HashMap<>();
        Instant now = Instant.now();

        ShellTable table = new ShellTable().emptyTableText(text("shell.list.empty"));
        table.column(text("shell.column.username"));
        table.column(text("shell.column.name"));
        table.column(text("shell.column.organisation"));
        table.column(text("shell.column.roles"));
        table.column(text("shell.column.status"));
        table.column(text("shell.column.language"));
        for (User user : page) {
            String code = codes.computeIfAbsent(user.organisationId(),
                    id -> organisations.find(id).map(Organisation::code).orElse("#" + id));
            table.addRow().addContent(user.username(), user.displayName(), code, Roles.display(user.roles()),
                    status(user, now), user.language());
        }
        table.print(session.getConsole());
        if (!page.isEmpty()) {
            say("shell.list.summary", offset + 1, offset + page.size(), users.count());
        }
    }

    private String status(User user, Instant now) {
        if (!user.enabled()) {
            return text("shell.status.disabled");
        }
        if (user.isLocked(now)) {
            return text("shell.status.locked", AuditListCommand.TIME.format(user.lockedUntil()));
        }
        return text("shell.status.enabled");
    }
}
