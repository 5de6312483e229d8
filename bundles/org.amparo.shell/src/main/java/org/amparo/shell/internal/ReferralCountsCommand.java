package org.amparo.shell.internal;

import java.util.Map;

import org.amparo.referral.ReferralStatus;
import org.amparo.referral.Referrals;
import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code amparo:referral-counts}: referrals by status, numbers only. The referral service decides
 * what the console user may count (all referrals for a system or country administrator), so the
 * console user must be an enabled Amparo account. Present while the referral module is on.
 */
@Command(scope = "amparo", name = "referral-counts", description = "Counts referrals by status (numbers only)")
@Service
public class ReferralCountsCommand extends AmparoAction {
    @Reference
    UserService users;

    @Reference(optional = true)
    Referrals referrals;

    @Override
    void run() {
        Map<ReferralStatus, Long> counts = module(referrals, "referral").counts(
                amparoActor(users, "shell.referral.notAnAmparoUser", "shell.referral.userDisabled"));
        ShellTable table = new ShellTable();
        table.column(text("shell.column.status"));
        table.column(text("shell.column.referrals")).alignRight();
        long total = 0;
        for (ReferralStatus status : ReferralStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            total += n;
            table.addRow().addContent(status.name(), n);
        }
        table.print(session.getConsole());
        say("shell.referral.total", total);
    }
}
