package org.amparo.shell.internal;

import org.amparo.security.Role;
import org.amparo.security.UserService;
import org.amparo.training.Training;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code amparo:training-unrequire}: drops a training requirement. Runs as the console user's Amparo
 * account; the training service allows country administrators only and audits.
 */
@Command(scope = "amparo", name = "training-unrequire",
        description = "Drops a training requirement; country administrators only")
@Service
public class TrainingUnrequireCommand extends AmparoAction {
    @Reference
    UserService users;

    /** Optional: see {@link AmparoAction#module}; the module {@code training} may be off. */
    @Reference(optional = true)
    Training training;

    @Argument(index = 0, name = "action", description = "The action, e.g. case.bia", required = true)
    @Completion(TrainingActionCompleter.class)
    String action;

    @Argument(index = 1, name = "role", description = "The role, e.g. CASEWORKER", required = true)
    @Completion(RoleCompleter.class)
    String role;

    @Argument(index = 2, name = "module", description = "The module, e.g. child-protection", required = true)
    @Completion(TrainingModuleCompleter.class)
    String module;

    @Override
    void run() {
        Role parsed = TrainingRequireCommand.role(this, role);
        Training service = module(training, "training");
        service.dropRequirement(amparoActor(users, "shell.training.notAnAmparoUser", "shell.training.userDisabled"), action, parsed,
                module);
        say("shell.training.unrequired", module, parsed.name(), action);
    }
}
