package org.amparo.shell.internal;

import java.util.List;

import org.amparo.referral.PartnerLink;
import org.amparo.referral.Referrals;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code amparo:referral-partners}: which catalogue organisations answer their referrals through
 * which organisation here (whose partner caseworkers get them in their inbox).
 */
@Command(scope = "amparo", name = "referral-partners",
        description = "Lists catalogue organisations linked to an organisation here for their referrals")
@Service
public class ReferralPartnersCommand extends AmparoAction {
    @Reference(optional = true)
    Referrals referrals;

    @Reference
    OrganisationService organisations;

    @Override
    void run() {
        List<PartnerLink> links = module(referrals, "referral").links();
        ShellTable table = new ShellTable();
        table.column(text("shell.column.catalogOrganization"));
        table.column(text("shell.column.organisation"));
        table.column(text("shell.column.linkedBy"));
        table.column(text("shell.column.linkedAt"));
        for (PartnerLink link : links) {
            String code = organisations.find(link.organisationId()).map(Organisation::code)
                    .orElse(String.valueOf(link.organisationId()));
            table.addRow().addContent(link.catalogOrganizationId(), code, link.linkedBy(), link.linkedAt());
        }
        table.print(session.getConsole());
        say("shell.referral.partners", links.size());
    }
}
