package org.amparo.shell.internal;

import org.amparo.modules.ModuleInfo;
import org.amparo.modules.ModuleRegistry;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code amparo:module-list}: every module, whether it is on, what it needs and who switched it last. */
@Command(scope = "amparo", name = "module-list", description = "Lists the modules, whether each is on, and what it needs")
@Service
public class ModuleListCommand extends AmparoAction {
    @Reference
    ModuleRegistry modules;

    @Override
    void run() {
        ShellTable table = new ShellTable().emptyTableText(text("shell.list.empty"));
        table.column(text("shell.column.module"));
        table.column(text("shell.column.name"));
        table.column(text("shell.column.state"));
        table.column(text("shell.column.needs"));
        table.column(text("shell.column.changed"));
        for (ModuleInfo module : modules.list()) {
            table.addRow().addContent(module.id(), text(module.nameKey()),
                    text(module.enabled() ? "shell.module.on" : "shell.module.off"),
                    String.join(", ", module.dependsOn()),
                    module.changedAt() == null ? text("shell.module.default") : module.changedAt() + " " + module.changedBy());
        }
        table.print(session.getConsole());
    }
}
