package org.amparo.shell.internal;

import java.util.List;

import org.amparo.training.Requirement;
import org.amparo.training.Training;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code amparo:training-requirements}: the modules a role must have completed before an action, and
 * the actions a requirement may name. Requirements hold no personal data.
 */
@Command(scope = "amparo", name = "training-requirements",
        description = "Lists the training modules a role must complete before an action")
@Service
public class TrainingRequirementsCommand extends AmparoAction {
    /** Optional: see {@link AmparoAction#module}; the module {@code training} may be off. */
    @Reference(optional = true)
    Training training;

    @Override
    void run() {
        Training service = module(training, "training");
        List<Requirement> requirements = service.requirements();
        ShellTable table = new ShellTable();
        table.column(text("shell.column.action"));
        table.column(text("shell.column.role"));
        table.column(text("shell.column.module"));
        table.column(text("shell.column.requiredBy"));
        table.column(text("shell.column.requiredAt"));
        for (Requirement r : requirements) {
            table.addRow().addContent(r.action(), r.role().name(), r.moduleId(), r.requiredBy(), r.requiredAt());
        }
        table.print(session.getConsole());
        say("shell.training.requirements", requirements.size());
        say("shell.training.actions", String.join(", ", service.actions()));
    }
}
