package org.amparo.shell.internal;

import java.util.List;

import org.amparo.security.Role;
import org.amparo.security.UserService;
import org.amparo.training.Requirement;
import org.amparo.training.Training;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code amparo:training-require}: a role must complete a training module before an action; the
 * services refuse the action until then, while the training module is on. Runs as the console user's
 * Amparo account; the training service allows country administrators only and audits.
 */
@Command(scope = "amparo", name = "training-require",
        description = "Requires a training module of a role before an action; country administrators only")
@Service
public class TrainingRequireCommand extends AmparoAction {
    @Reference
    UserService users;

    /** Optional: see {@link AmparoAction#module}; the module {@code training} may be off. */
    @Reference(optional = true)
    Training training;

    @Argument(index = 0, name = "action", description = "The action held back, e.g. case.bia (amparo:training-requirements lists them)",
            required = true)
    @Completion(TrainingActionCompleter.class)
    String action;

    @Argument(index = 1, name = "role", description = "The role held back, e.g. CASEWORKER", required = true)
    @Completion(RoleCompleter.class)
    String role;

    @Argument(index = 2, name = "module", description = "The module to complete first, e.g. child-protection", required = true)
    @Completion(TrainingModuleCompleter.class)
    String module;

    @Override
    void run() {
        Role parsed = TrainingRequireCommand.role(this, role);
        Training service = module(training, "training");
        Requirement r = service.require(amparoActor(users, "shell.training.notAnAmparoUser", "shell.training.userDisabled"), action,
                parsed, module);
        say("shell.training.required", r.moduleId(), r.role().name(), r.action(), r.requiredBy());
    }

    /** One role name as typed on the console, or a one-line error listing the roles. */
    static Role role(AmparoAction command, String name) {
        Roles.Parsed parsed = Roles.parse(List.of(name == null ? "" : name));
        if (parsed.unknown() != null || parsed.roles().size() != 1) {
            throw command.failure("shell.error.role", parsed.unknown() == null ? String.valueOf(name) : parsed.unknown(),
                    String.join(", ", Roles.names()));
        }
        return parsed.roles().iterator().next();
    }
}
