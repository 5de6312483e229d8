package org.amparo.shell.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amparo.interviews.ListVerification;
import org.amparo.interviews.ListVerifications;
import org.amparo.screening.IndicatorList;
import org.amparo.screening.Instruments;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code amparo:indicator-lists}: the indicator lists of the current screening instruments, whether
 * each counts as verified against its official text, and who decided so. A list nobody decided on
 * keeps the state its data file gives it.
 */
@Command(scope = "amparo", name = "indicator-lists",
        description = "Lists the screening indicator lists and whether each is verified against its official text")
@Service
public class IndicatorListsCommand extends AmparoAction {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Reference
    Instruments instruments;

    @Reference
    ListVerifications verifications;

    @Override
    void run() {
        Map<String, Boolean> states = verifications.states();
        List<ListVerification> history = verifications.history();
        ShellTable table = new ShellTable().emptyTableText(text("shell.list.empty"));
        table.column(text("shell.column.list"));
        table.column(text("shell.column.ageGroup"));
        table.column(text("shell.column.exploitation"));
        table.column(text("shell.column.version"));
        table.column(text("shell.column.verified"));
        table.column(text("shell.column.decidedBy"));
        table.column(text("shell.column.decidedAt"));
        for (IndicatorList list : instruments.current().indicatorLists()) {
            Optional<ListVerification> latest = history.stream().filter(v -> v.listId().equals(list.id())).findFirst();
            boolean verified = states.getOrDefault(list.id(), list.verified());
            table.addRow().addContent(list.id(),
                    list.ageGroup() == null ? text("shell.lists.all") : list.ageGroup().id(),
                    list.exploitation() == null ? text("shell.lists.all") : list.exploitation().id(), list.version(),
                    text(verified ? "shell.yes" : "shell.no"),
                    latest.map(ListVerification::decidedBy).orElse(text("shell.lists.asLoaded")),
                    latest.map(v -> TIME.format(v.decidedAt())).orElse(""));
        }
        table.print(session.getConsole());
        say("shell.lists.indicative");
    }
}
