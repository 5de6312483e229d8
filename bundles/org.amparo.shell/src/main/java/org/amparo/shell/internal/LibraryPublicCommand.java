package org.amparo.shell.internal;

import java.util.Locale;

import org.amparo.security.UserService;
import org.amparo.standards.PublicReading;
import org.amparo.standards.PublicReadingSetting;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * {@code amparo:library-public [on|off]}: shows whether the standards library is open, read-only, to
 * people without an account, or opens or closes it. Changing it runs as the console user's Amparo
 * account; the public-reading service allows country administrators only and audits, refusals included.
 */
@Command(scope = "amparo", name = "library-public",
        description = "Shows, or opens (on) or closes (off), read-only reading of the library without an account; changing it: country administrators only")
@Service
public class LibraryPublicCommand extends AmparoAction {
    @Reference
    UserService users;

    @Reference
    PublicReading reading;

    @Argument(index = 0, name = "state", description = "on: anyone may read the library; off: only signed-in users. Leave out to show the setting",
            required = false)
    @Completion(value = StringsCompleter.class, values = { "on", "off" })
    String state;

    @Override
    void run() {
        if (state == null || state.isBlank()) {
            show(reading.setting());
            return;
        }
        String value = state.strip().toLowerCase(Locale.ROOT);
        if (!value.equals("on") && !value.equals("off")) {
            throw failure("shell.library.onOff", state);
        }
        PublicReadingSetting setting = reading.setPublic(
                amparoActor(users, "shell.library.notAnAmparoUser", "shell.library.userDisabled"), value.equals("on"));
        say(setting.open() ? "shell.library.opened" : "shell.library.closed", setting.changedBy());
    }

    private void show(PublicReadingSetting setting) {
        if (setting.changedBy() == null) {
            say("shell.library.neverChanged");
        } else {
            say(setting.open() ? "shell.library.isOpen" : "shell.library.isClosed", setting.changedBy(), setting.changedAt());
        }
    }
}
