package org.amparo.shell.internal;

import java.util.List;

import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code amparo:org-list}: organisations in code order, a page at a time. */
@Command(scope = "amparo", name = "org-list", description = "Lists organisations")
@Service
public class OrgListCommand extends AmparoAction {
    @Reference
    OrganisationService organisations;

    @Option(name = "--offset", description = "How many organisations to skip")
    int offset = 0;

    @Option(name = "--limit", aliases = "-n", description = "How many organisations to show (1 to 500)")
    int limit = 100;

    @Override
    void run() {
        checkRange("limit", limit, 1, 500);
        checkRange("offset", offset, 0, Integer.MAX_VALUE);
        List<Organisation> page = organisations.list(offset, limit);
        ShellTable table = new ShellTable().emptyTableText(text("shell.list.empty"));
        table.column(text("shell.column.code"));
        table.column(text("shell.column.name"));
        table.column(text("shell.column.country"));
        table.column(text("shell.column.demo"));
        for (Organisation org : page) {
            table.addRow().addContent(org.code(), org.name(), org.country(), text(org.demo() ? "shell.yes" : "shell.no"));
        }
        table.print(session.getConsole());
    }
}
