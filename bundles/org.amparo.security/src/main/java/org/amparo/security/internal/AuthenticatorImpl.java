package org.amparo.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.security.AuthenticationResult.Status;
import org.amparo.security.AuthenticationResult;
import org.amparo.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link Authenticator} shared by the web log-in, the REST API and the Karaf console.
 *
 * <p>Every attempt is audited as {@code auth.login} with the reason code and channel as detail
 * ({@code ok}, {@code unknownUser}, {@code badPassword}, {@code disabled}, {@code locked}). An
 * unknown name is audited with the actor {@code unknown}, never with what was typed, which may be
 * a password typed in the wrong field; it costs the same password hashing as a known one, so that
 * timing does not tell which names exist. The {@link #MAX_FAILURES}th consecutive wrong password
 * locks the account for {@link #LOCKOUT_MINUTES} minutes ({@code auth.lockout}); a successful
 * log-in resets the count. Hashes made with an older iteration count are upgraded on success.
 */
@Component(service = Authenticator.class)
public final class AuthenticatorImpl implements Authenticator {
    static final String UNKNOWN_ACTOR = "unknown";
    private static final Pattern CHANNEL = Pattern.compile("[a-z]{1,20}");

    private final SecurityStore store;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** Verified against when the name is unknown, so both cases take as long. */
    private final String dummyHash;

    @Activate
    public AuthenticatorImpl(@Reference(name = "store") SecurityStore store,
            @Reference(name = "audit") AuditLog audit) {
        this(store, audit, new PasswordHasher(), Clock.systemUTC());
    }

    AuthenticatorImpl(SecurityStore store, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
        this.dummyHash = hasher.hash(Tokens.randomBase64Url(16).toCharArray());
    }

    @Override
    public AuthenticationResult authenticate(String username, char[] password, String channel) {
        String via = channel != null && CHANNEL.matcher(channel).matches() ? channel : "other";
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        char[] typed = password == null ? new char[0] : password;

        Optional<StoredUser> found = UserServiceImpl.USERNAME.matcher(name).matches()
                ? store.inTransaction(tx -> store.findUser(tx, name))
                : Optional.empty();
        if (found.isEmpty()) {
            hasher.verify(typed, dummyHash);
            store.run(tx -> audit.record(AuditEvent.failure(UNKNOWN_ACTOR, "auth.login", "", "unknownUser " + via)));
            return AuthenticationResult.failed(Status.BAD_CREDENTIALS);
        }
        StoredUser user = found.get();
        boolean matches = hasher.verify(typed, user.passwordHash());
        String upgradedHash = matches && hasher.needsRehash(user.passwordHash()) ? hasher.hash(typed) : null;
        Instant now = clock.instant();
        String target = UserServiceImpl.target(user.username());

        return store.inTransaction(tx -> {
            if (!user.enabled()) {
                audit.record(AuditEvent.failure(user.username(), "auth.login", target, "disabled " + via));
                return AuthenticationResult.failed(Status.DISABLED);
            }
            if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
                audit.record(AuditEvent.failure(user.username(), "auth.login", target, "locked " + via));
                return AuthenticationResult.failed(Status.LOCKED);
            }
            if (!matches) {
                audit.record(AuditEvent.failure(user.username(), "auth.login", target, "badPassword " + via));
                int failures = store.addFailure(tx, user.id());
                if (failures >= MAX_FAILURES) {
                    Instant until = now.plus(Duration.ofMinutes(LOCKOUT_MINUTES));
                    store.lock(tx, user.id(), until);
                    audit.record(AuditEvent.failure(user.username(), "auth.lockout", target,
                            "failures=" + failures + " minutes=" + LOCKOUT_MINUTES));
                    return AuthenticationResult.failed(Status.LOCKED);
                }
                return AuthenticationResult.failed(Status.BAD_CREDENTIALS);
            }
            if (user.failedAttempts() != 0 || user.lockedUntil() != null) {
                store.clearFailures(tx, user.id());
            }
            if (upgradedHash != null) {
                store.setPasswordHash(tx, user.id(), upgradedHash);
            }
            audit.record(AuditEvent.success(user.username(), "auth.login", target, "ok " + via));
            return AuthenticationResult.success(store.findUserById(tx, user.id()).orElseThrow().toUser());
        });
    }
}
