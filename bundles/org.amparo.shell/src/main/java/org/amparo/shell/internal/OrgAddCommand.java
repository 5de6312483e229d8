package org.amparo.shell.internal;

import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code amparo:org-add}: registers an organisation whose staff use Amparo. */
@Command(scope = "amparo", name = "org-add", description = "Registers an organisation")
@Service
public class OrgAddCommand extends AmparoAction {
    @Reference
    OrganisationService organisations;

    @Argument(index = 0, name = "code", description = "Short unique code, e.g. DEMO-NGO", required = true)
    String code;

    @Option(name = "--name", description = "Display name", required = true)
    String name;

    @Option(name = "--country", description = "ISO 3166-1 alpha-2 code of the country it works in")
    String country = "";

    @Option(name = "--demo", description = "Marks it as demonstration data (shown as fictional everywhere)")
    boolean demo;

    @Override
    void run() {
        Organisation created = organisations.create(code, name, country, demo, actor());
        say(created.demo() ? "shell.org.createdDemo" : "shell.org.created", created.code());
    }
}
