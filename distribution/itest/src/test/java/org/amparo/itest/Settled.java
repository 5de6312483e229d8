package org.amparo.itest;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Waits until the platform has finished starting: the framework at its beginning start level (so
 * bundles of later start levels, such as the domain bundles at 85, are active) and the JAX-RS
 * whiteboard no longer redeploying the application for resources that arrive late: the services of
 * the late domain bundles registered, then the runtime's change count unchanged for three seconds. A test that counts events or calls the API right after boot
 * would otherwise see the platform still assembling itself.
 */
final class Settled {
    /** Services registered last at start, each while its module is on (every module is on by default). */
    private static final String[] LATE_SERVICES = { "org.amparo.standards.Library", "org.amparo.training.Training",
        "org.amparo.referral.Referrals", "org.amparo.catalog.Matching", "org.amparo.interviews.InterviewService" };

    private Settled() {
    }

    static void await(BundleContext context) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        FrameworkStartLevel level = context.getBundle(0).adapt(FrameworkStartLevel.class);
        int beginning = Integer.parseInt(context.getProperty("org.osgi.framework.startlevel.beginning"));
        while (System.currentTimeMillis() < deadline && level.getStartLevel() < beginning) {
            Thread.sleep(100);
        }
        // the services of the domain bundles that come last (the library builds its index first)
        for (String late : LATE_SERVICES) {
            while (System.currentTimeMillis() < deadline && context.getServiceReference(late) == null) {
                Thread.sleep(100);
            }
        }
        Object last = null;
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?> runtime = context.getServiceReference("org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime");
            Object count = runtime == null ? null : runtime.getProperty("service.changecount");
            if (count == null || !count.equals(last)) {
                last = count;
                stableSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - stableSince >= 3_000) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
