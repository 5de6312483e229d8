package org.amparo.shell.internal;

import java.util.List;

import org.amparo.screening.IndicatorList;
import org.amparo.screening.Instruments;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the ids of the indicator lists of the current screening instruments. */
@Service
public class IndicatorListCompleter implements Completer {
    @Reference
    Instruments instruments;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = instruments.current().indicatorLists().stream().map(IndicatorList::id).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
