package org.amparo.shell.internal;

import java.util.Map;
import java.util.TreeMap;

import org.amparo.catalog.Catalog;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code amparo:catalog-counts}: how many records each HSDS resource of the service catalogue holds. */
@Command(scope = "amparo", name = "catalog-counts", description = "Counts the service catalogue's records by HSDS resource")
@Service
public class CatalogCountsCommand extends AmparoAction {
    @Reference
    Catalog catalog;

    @Override
    void run() {
        Map<String, Long> counts = new TreeMap<>(catalog.counts());
        ShellTable table = new ShellTable();
        table.column(text("shell.column.resource"));
        table.column(text("shell.column.records")).alignRight();
        counts.forEach((resource, n) -> table.addRow().addContent(resource, n));
        table.print(session.getConsole());
        say("shell.catalog.lastImport", catalog.imports().stream().findFirst()
                .map(run -> run.source() + " (" + run.importedBy() + ", " + run.importedAt() + ")").orElse("-"));
    }
}
