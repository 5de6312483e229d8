package org.amparo.shell.internal;

import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.UserService;
import org.amparo.training.CompletionReport;
import org.amparo.training.Training;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code amparo:training-report}: every account of an organisation against every module, as
 * completed (with the day and score), enrolled, or not started. Runs as the console user's Amparo
 * account; the training service allows the organisation's supervisors and country administrators and
 * audits the report.
 */
@Command(scope = "amparo", name = "training-report",
        description = "Shows which accounts of an organisation enrolled in and completed which training module")
@Service
public class TrainingReportCommand extends AmparoAction {
    @Reference
    UserService users;

    @Reference
    OrganisationService organisations;

    /** Optional: see {@link AmparoAction#module}; the module {@code training} may be off. */
    @Reference(optional = true)
    Training training;

    @Argument(index = 0, name = "organisationCode", description = "The organisation's code (amparo:org-list)", required = true)
    @Completion(OrganisationCompleter.class)
    String organisationCode;

    @Override
    void run() {
        Organisation organisation = organisations.findByCode(organisationCode)
                .orElseThrow(() -> failure("shell.error.orgNotFound", organisationCode));
        CompletionReport report = module(training, "training").completionReport(
                amparoActor(users, "shell.training.notAnAmparoUser", "shell.training.userDisabled"), organisation.id());
        ShellTable table = new ShellTable();
        table.column(text("shell.column.username"));
        table.column(text("shell.column.roles"));
        report.moduleIds().forEach(table::column);
        for (CompletionReport.UserRow user : report.users()) {
            var row = table.addRow();
            row.addContent(user.enabled() ? user.username() : text("shell.training.disabledUser", user.username()));
            row.addContent(Roles.display(user.roles()));
            for (CompletionReport.Cell cell : user.modules()) {
                row.addContent(cell(cell));
            }
        }
        table.print(session.getConsole());
        say("shell.training.report", organisation.code(), report.users().size(), report.generatedAt());
    }

    private String cell(CompletionReport.Cell cell) {
        if (cell.completed()) {
            return text("shell.training.completed", cell.completion().completedAt().toString().substring(0, 10),
                    cell.completion().score());
        }
        return cell.enrolled() ? text("shell.training.enrolled") : "-";
    }
}
