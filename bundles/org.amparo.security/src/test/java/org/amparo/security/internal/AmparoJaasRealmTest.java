package org.amparo.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

class AmparoJaasRealmTest {
    private final SecurityFixture f = new SecurityFixture();

    @Test
    void replacesKarafsOwnRealmWithTheAmparoLoginModuleOfThisBundle() {
        AmparoJaasRealm realm = new AmparoJaasRealm(contextOfBundle(42), f.authenticator);

        assertThat(realm.getName()).isEqualTo("karaf");
        assertThat(realm.getRank()).as("Karaf's properties realm has rank 0").isGreaterThan(0);
        AppConfigurationEntry[] entries = realm.getEntries();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.getLoginModuleName()).isEqualTo(ProxyLoginModule.class.getName());
            assertThat(entry.getControlFlag()).isEqualTo(LoginModuleControlFlag.REQUIRED);
            assertThat(Map.<String, Object>copyOf(entry.getOptions()))
                    .containsEntry(ProxyLoginModule.PROPERTY_MODULE, AmparoLoginModule.class.getName())
                    .containsEntry(ProxyLoginModule.PROPERTY_BUNDLE, "42")
                    .containsEntry(AmparoLoginModule.AUTHENTICATOR_OPTION, f.authenticator);
        });
    }

    /** A bundle context whose only ability is to name its bundle's id. */
    private static BundleContext contextOfBundle(long id) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(AmparoJaasRealmTest.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getBundleId")) {
                        return id;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (BundleContext) Proxy.newProxyInstance(AmparoJaasRealmTest.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getBundle") && args == null) {
                        return bundle;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
