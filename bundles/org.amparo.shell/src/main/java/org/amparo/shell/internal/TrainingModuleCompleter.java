package org.amparo.shell.internal;

import java.util.List;

import org.amparo.training.Training;
import org.amparo.training.TrainingModule;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the ids of the training modules. */
@Service
public class TrainingModuleCompleter implements Completer {
    /** Optional, so that this bundle's commands are not held back while the module {@code training} is off. */
    @Reference(optional = true)
    Training training;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        if (training == null) {
            return -1;
        }
        List<String> ids = training.modules().stream().map(TrainingModule::id).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
