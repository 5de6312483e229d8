package org.amparo.itest.bundle;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;

/**
 * {@code amparo:itest-referral-count}: the referral module's visit count, as a plain DS component.
 *
 * <p>Why a Gogo-style service: Karaf 4.4's shell core runs a service tracker
 * ({@code org.apache.karaf.shell.impl.console.osgi.CommandTracker}) on every service carrying
 * {@code osgi.command.scope} and {@code osgi.command.function}; it adds such a service to the
 * console's command registry when it appears and removes it when it goes. Bound to the module's
 * condition, the command therefore disappears the moment the module is switched off. Implementing
 * Gogo's {@link Function} (which Karaf calls directly) lets the command name contain dashes like
 * every other Amparo command; a plain object would need a Java method of the command's name.
 *
 * <p>Karaf's own {@code @Command}/{@code @Service} actions get the same effect differently: see
 * {@link ReferralVisitsAction}.
 */
@Component(service = Function.class)
@SatisfyingConditionTarget(ReferralVisits.MODULE_CONDITION)
@GogoCommand(scope = "amparo", function = "itest-referral-count")
public final class ReferralCountCommand implements Function {
    private final ReferralVisits visits;

    @Activate
    public ReferralCountCommand(@Reference ReferralVisits visits) {
        this.visits = visits;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        return visits.count();
    }
}
