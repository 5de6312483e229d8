package org.amparo.itest;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Waits until the platform has finished starting: the framework at its beginning start level (so
 * bundles of later start levels, such as the domain bundles at 85, are active) and the JAX-RS
 * whiteboard no longer redeploying the application for resources that arrive late (its runtime's
 * change count unchanged for a while). A test that counts events or calls the API right after boot
 * would otherwise see the platform still assembling itself.
 */
final class Settled {
    private Settled() {
    }

    static void await(BundleContext context) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        FrameworkStartLevel level = context.getBundle(0).adapt(FrameworkStartLevel.class);
        int beginning = Integer.parseInt(context.getProperty("org.osgi.framework.startlevel.beginning"));
        while (System.currentTimeMillis() < deadline && level.getStartLevel() < beginning) {
            Thread.sleep(100);
        }
        Object last = null;
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?> runtime = context.getServiceReference("org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime");
            Object count = runtime == null ? null : runtime.getProperty("service.changecount");
            if (count == null || !count.equals(last)) {
                last = count;
                stableSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - stableSince >= 2_000) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
