package org.amparo.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creating the first system administrator of a production installation, which starts with no
 * account at all. At the first start a one-time secret is generated and written once to the log;
 * whoever holds it may create the first administrator (web page {@code /setup}). The secret then
 * stops working. The console can do the same with {@code amparo:user-add}.
 *
 * @since 1.0
 */
@ProviderType
public interface SetupService {
    /** True while no account exists. */
    boolean setupRequired();

    /**
     * Creates the first system administrator, in the organisation {@code organisationName} (created
     * too), if {@code secret} is the one-time secret and no account exists yet.
     *
     * @throws org.amparo.common.AccessDeniedException if the secret is wrong or already used (audited)
     */
    User createFirstAdministrator(String secret, String organisationName, NewUser administrator);
}
