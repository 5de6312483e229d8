package org.amparo.shell.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditQuery;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code amparo:audit-list}: the latest audit entries, newest first, optionally filtered. */
@Command(scope = "amparo", name = "audit-list", description = "Lists audit entries, newest first")
@Service
public class AuditListCommand extends AmparoAction {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Reference
    AuditLog auditLog;

    @Option(name = "--limit", aliases = "-n", description = "How many entries to show (1 to 500)")
    int limit = 20;

    @Option(name = "--offset", description = "How many of the newest entries to skip")
    int offset = 0;

    @Option(name = "--actor", description = "Only entries by this user")
    @Completion(UsernameCompleter.class)
    String actor;

    @Option(name = "--action", description = "Only actions starting with this prefix, e.g. auth.")
    @Completion(value = StringsCompleter.class, values = {"auth.", "user.", "org.", "setup.", "audit.", "session.", "case."})
    String action;

    @Override
    void run() {
        checkRange("limit", limit, 1, 500);
        checkRange("offset", offset, 0, Integer.MAX_VALUE);
        AuditQuery query = new AuditQuery(actor, action, offset, limit);
        List<AuditEntry> entries = auditLog.page(query);

        ShellTable table = new ShellTable().emptyTableText(text("shell.list.empty"));
        table.column(text("shell.column.sequence")).alignRight();
        table.column(text("shell.column.time"));
        table.column(text("shell.column.actor"));
        table.column(text("shell.column.action"));
        table.column(text("shell.column.target"));
        table.column(text("shell.column.outcome"));
        table.column(text("shell.column.detail")).maxSize(60);
        for (AuditEntry entry : entries) {
            table.addRow().addContent(entry.sequence(), TIME.format(entry.at()), entry.actor(), entry.action(),
                    entry.target(), text("audit.outcome." + entry.outcome().name()), entry.detail());
        }
        table.print(session.getConsole());
        if (!entries.isEmpty()) {
            say("shell.list.summary", offset + 1, offset + entries.size(), auditLog.count(query));
        }
    }
}
