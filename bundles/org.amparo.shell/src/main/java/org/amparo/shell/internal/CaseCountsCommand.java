package org.amparo.shell.internal;

import java.util.Map;

import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code amparo:case-counts}: how many cases are at each step, numbers only. The case service
 * decides what the console user may count, as for any other caller, so the console user must be an
 * enabled Amparo account: a console login that is not one (e.g. {@value #CONSOLE_ACTOR}) is refused.
 */
@Command(scope = "amparo", name = "case-counts", description = "Counts cases by status (numbers only)")
@Service
public class CaseCountsCommand extends AmparoAction {
    @Reference
    UserService users;

    @Reference
    CaseService cases;

    @Override
    void run() {
        Map<CaseStatus, Long> counts = cases.countByStatus(
                amparoActor(users, "shell.cases.notAnAmparoUser", "shell.cases.userDisabled"));
        ShellTable table = new ShellTable();
        table.column(text("shell.column.status"));
        table.column(text("shell.column.cases")).alignRight();
        long total = 0;
        for (CaseStatus status : CaseStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            total += n;
            table.addRow().addContent(status.name(), n);
        }
        table.print(session.getConsole());
        say("shell.cases.total", total);
    }
}
