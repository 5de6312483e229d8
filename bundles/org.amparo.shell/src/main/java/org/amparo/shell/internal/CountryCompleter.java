package org.amparo.shell.internal;

import java.util.List;

import org.amparo.countries.CountryPacks;
import org.amparo.countries.PackStatus;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes country codes of known packs (and bundle ids of packs without a code). */
@Service
public class CountryCompleter implements Completer {
    @Reference
    CountryPacks packs;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> values = packs.packs().stream()
                .map((PackStatus p) -> p.code() != null ? p.code() : String.valueOf(p.bundleId())).distinct().toList();
        return new StringsCompleter(values).complete(session, commandLine, candidates);
    }
}
