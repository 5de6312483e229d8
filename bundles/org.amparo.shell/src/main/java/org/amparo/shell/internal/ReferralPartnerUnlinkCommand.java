package org.amparo.shell.internal;

import org.amparo.referral.Referrals;
import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code amparo:referral-partner-unlink}: removes a catalogue organisation's link; referrals already
 * sent keep their receiving organisation. System and country administrators only; audited.
 */
@Command(scope = "amparo", name = "referral-partner-unlink",
        description = "Removes a catalogue organisation's partner link; referrals already sent keep their receiver")
@Service
public class ReferralPartnerUnlinkCommand extends AmparoAction {
    @Reference
    UserService users;

    @Reference(optional = true)
    Referrals referrals;

    @Argument(index = 0, name = "catalogOrganizationId", description = "The HSDS id of the catalogue organisation", required = true)
    String catalogOrganizationId;

    @Override
    void run() {
        module(referrals, "referral").unlink(amparoActor(users, "shell.referral.notAnAmparoUser", "shell.referral.userDisabled"), catalogOrganizationId);
        say("shell.referral.unlinked", catalogOrganizationId);
    }
}
