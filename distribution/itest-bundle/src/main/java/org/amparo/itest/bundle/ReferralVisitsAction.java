package org.amparo.itest.bundle;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code amparo:itest-referral-visits}: the referral module's visit count, written the way Amparo's
 * commands are (a Karaf action, {@code Karaf-Commands} header). Karaf's shell extender registers a
 * bundle's actions only while every service they {@link Reference} is present, and unregisters
 * them when one goes: referencing the condition-bound {@link ReferralVisits} makes the command
 * follow the module switch. (The extender tracks the references of all of a bundle's actions
 * together, so a module bundle's commands come and go as one, which suits a module.)
 */
@Command(scope = "amparo", name = "itest-referral-visits", description = "Referral module visits (test bundle)")
@Service
public class ReferralVisitsAction implements Action {
    @Reference
    ReferralVisits visits;

    @Override
    public Object execute() {
        return visits.count();
    }
}
