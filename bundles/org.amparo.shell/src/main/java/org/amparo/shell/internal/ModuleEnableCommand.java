package org.amparo.shell.internal;

import org.amparo.modules.ModuleInfo;
import org.amparo.modules.ModuleRegistry;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code amparo:module-enable}: switches a module on at once; audited, kept across restarts. */
@Command(scope = "amparo", name = "module-enable", description = "Switches a module on at once (audited, kept across restarts)")
@Service
public class ModuleEnableCommand extends AmparoAction {
    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "id", description = "The module's id, as amparo:module-list shows it", required = true)
    @Completion(ModuleCompleter.class)
    String id;

    @Override
    void run() {
        ModuleInfo module = modules.enable(id, actor());
        say("shell.module.enabled", module.id(), text(module.nameKey()));
    }
}
