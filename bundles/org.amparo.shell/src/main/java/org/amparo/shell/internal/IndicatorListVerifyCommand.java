package org.amparo.shell.internal;

import java.util.List;
import java.util.Locale;

import org.amparo.interviews.ListVerification;
import org.amparo.interviews.ListVerifications;
import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * {@code amparo:indicator-list-verify}: a country administrator records that an indicator list was
 * (or is no longer) checked against its official text, with a note of what was checked. Runs as
 * the console user's Amparo account; the list verification service refuses anyone but a country
 * administrator and audits the decision, refusals included.
 */
@Command(scope = "amparo", name = "indicator-list-verify",
        description = "Marks an indicator list verified (true) or not (false) against its official text; country administrators only")
@Service
public class IndicatorListVerifyCommand extends AmparoAction {
    @Reference
    UserService users;

    @Reference
    ListVerifications verifications;

    @Argument(index = 0, name = "listId", description = "The list, e.g. adult_labour (amparo:indicator-lists shows them)",
            required = true)
    @Completion(IndicatorListCompleter.class)
    String listId;

    @Argument(index = 1, name = "verified", description = "true: checked against the official text; false: no longer counts as checked",
            required = true)
    @Completion(value = StringsCompleter.class, values = { "true", "false" })
    String verified;

    @Argument(index = 2, name = "note", description = "What was checked: document, edition, date", required = true,
            multiValued = true)
    List<String> note;

    @Override
    void run() {
        String value = verified == null ? "" : verified.strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw failure("shell.error.boolean", verified);
        }
        ListVerification decision = verifications.decide(
                amparoActor(users, "shell.lists.notAnAmparoUser", "shell.lists.userDisabled"), listId,
                value.equals("true"), note == null ? "" : String.join(" ", note));
        say(decision.verified() ? "shell.lists.verified" : "shell.lists.unverified", decision.listId(), decision.decidedBy());
    }
}
