package org.amparo.shell.internal;

import org.amparo.referral.PartnerLink;
import org.amparo.referral.Referrals;
import org.amparo.security.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code amparo:referral-partner-link}: a catalogue organisation answers its referrals through an
 * organisation here: that organisation's partner caseworkers receive them. Runs as the console
 * user's Amparo account; the referral service allows system and country administrators only and audits.
 */
@Command(scope = "amparo", name = "referral-partner-link",
        description = "Links a catalogue organisation to an organisation here, whose partner caseworkers receive its referrals")
@Service
public class ReferralPartnerLinkCommand extends AmparoAction {
    @Reference
    UserService users;

    @Reference(optional = true)
    Referrals referrals;

    @Argument(index = 0, name = "catalogOrganizationId", description = "The HSDS id of the catalogue organisation", required = true)
    String catalogOrganizationId;

    @Argument(index = 1, name = "organisationCode", description = "The code of the organisation here (amparo:org-list)", required = true)
    @Completion(OrganisationCompleter.class)
    String organisationCode;

    @Override
    void run() {
        PartnerLink link = module(referrals, "referral").link(amparoActor(users, "shell.referral.notAnAmparoUser", "shell.referral.userDisabled"),
                catalogOrganizationId, organisationCode);
        say("shell.referral.linked", link.catalogOrganizationId(), organisationCode, link.linkedBy());
    }
}
