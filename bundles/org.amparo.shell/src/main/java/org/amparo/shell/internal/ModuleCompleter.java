package org.amparo.shell.internal;

import java.util.List;

import org.amparo.modules.ModuleInfo;
import org.amparo.modules.ModuleRegistry;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes module ids. */
@Service
public class ModuleCompleter implements Completer {
    @Reference
    ModuleRegistry modules;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = modules.list().stream().map(ModuleInfo::id).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
