package org.amparo.shell.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.amparo.common.LanguageTag;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code amparo:user-add}: creates an account; the password is asked for twice, never an argument. */
@Command(scope = "amparo", name = "user-add", description = "Creates a user account (asks for the password twice)")
@Service
public class UserAddCommand extends AmparoAction {
    @Reference
    UserService users;

    @Reference
    OrganisationService organisations;

    @Argument(index = 0, name = "username", description = "Log-in name: 3 to 64 of a-z 0-9 . _ -", required = true)
    String username;

    @Option(name = "--name", description = "Display name", required = true)
    String displayName;

    @Option(name = "--org", description = "Code of the user's organisation", required = true)
    @Completion(OrganisationCompleter.class)
    String organisation;

    @Option(name = "--role", description = "A role; repeat for several (e.g. --role CASEWORKER --role SUPERVISOR)", required = true, multiValued = true)
    @Completion(RoleCompleter.class)
    List<String> roles;

    @Option(name = "--language", description = "Preferred language tag, e.g. en, fr, ar (checked by the user service)")
    String language = LanguageTag.ENGLISH.value();

    @Override
    void run() throws IOException {
        Roles.Parsed parsed = Roles.parse(roles);
        if (parsed.unknown() != null || parsed.roles().isEmpty()) {
            throw failure("shell.error.role", parsed.unknown() == null ? "" : parsed.unknown(), String.join(", ", Roles.names()));
        }
        Organisation org = organisations.findByCode(organisation)
                .orElseThrow(() -> failure("shell.error.orgNotFound", organisation));
        char[] password = readNewPassword(username);
        try {
            users.create(new NewUser(username, displayName, org.id(), parsed.roles(), password, language), actor());
        } finally {
            Arrays.fill(password, '\0');
        }
        say("shell.user.created", username, org.code(), Roles.display(parsed.roles()));
    }
}
