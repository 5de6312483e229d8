package org.amparo.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a user name and password. Used by the web log-in, the REST API and the JAAS realm, so
 * the same accounts work everywhere. Each attempt is audited (success or failure with a reason
 * code); after {@link #MAX_FAILURES} consecutive failures the account is locked for
 * {@link #LOCKOUT_MINUTES} minutes.
 *
 * @since 1.0
 */
@ProviderType
public interface Authenticator {
    int MAX_FAILURES = 5;
    int LOCKOUT_MINUTES = 15;

    /**
     * @param channel where the attempt came from: {@code web}, {@code api}, {@code console}
     */
    AuthenticationResult authenticate(String username, char[] password, String channel);
}
