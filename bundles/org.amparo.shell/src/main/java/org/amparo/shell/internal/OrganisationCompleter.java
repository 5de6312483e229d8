package org.amparo.shell.internal;

import java.util.List;

import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes organisation codes (the first 500, in code order). */
@Service
public class OrganisationCompleter implements Completer {
    @Reference
    OrganisationService organisations;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> codes = organisations.list(0, 500).stream().map(Organisation::code).toList();
        return new StringsCompleter(codes).complete(session, commandLine, candidates);
    }
}
