package org.amparo.security.internal;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.AppConfigurationEntry;

import org.amparo.security.Authenticator;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The JAAS realm {@code karaf}, rank {@value #RANK}: it outranks Karaf's own properties-file realm
 * (rank 0), so the Amparo accounts (and only they) log into the ssh console, the web console and
 * anything else that authenticates against {@code karaf}. Its single login module is
 * {@link AmparoLoginModule}, loaded from this bundle through Karaf's {@link ProxyLoginModule} and
 * given the {@link Authenticator} service in its options.
 */
@Component(service = JaasRealm.class, immediate = true)
public final class AmparoJaasRealm implements JaasRealm {
    static final String NAME = "karaf";
    static final int RANK = 1;

    private final BundleContext bundleContext;
    private final Authenticator authenticator;

    @Activate
    public AmparoJaasRealm(BundleContext bundleContext, @Reference(name = "authenticator") Authenticator authenticator) {
        this.bundleContext = bundleContext;
        this.authenticator = authenticator;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, AmparoLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundleContext.getBundle().getBundleId()),
                AmparoLoginModule.AUTHENTICATOR_OPTION, authenticator);
        return new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)
        };
    }
}
