package org.amparo.referral.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.amparo.referral.Referrals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises the reminders of referrals whose answer is overdue: a minute after start, then every
 * quarter of an hour, on a thread of its own. Goes with the referral module.
 */
@Component(immediate = true, service = {})
public final class ReminderSweep {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSweep.class);
    private final ScheduledExecutorService timer;

    @Activate
    public ReminderSweep(@Reference Referrals referrals) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "amparo-referral-reminders");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                int raised = referrals.raiseReminders();
                if (raised > 0) {
                    LOG.info("Raised {} referral reminders", raised);
                }
            } catch (RuntimeException e) {
                LOG.warn("Referral reminders could not be raised this time: {}", e.toString());
            }
        }, 1, 15, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
