package org.amparo.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.persistence.Transaction;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.SetupService;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SetupService}, and the first-start bootstrap of a production installation, which
 * ships with no account and no known password.
 *
 * <p>When this component activates and no account exists, it generates a one-time set-up secret
 * (20 random bytes written as 32 base32 characters in groups of four), stores only its SHA-256 in
 * {@code security.setup_secret} (replacing any earlier secret) and writes the secret to the log
 * once, at WARN, with instructions for the administrator. <strong>This is the only secret Amparo
 * ever writes to a log, and only in this situation</strong>: whoever can read the server's log
 * at first start is trusted to create the first administrator. The secret stops working as soon
 * as any account exists, whether created through {@code /setup} or with {@code amparo:user-add}
 * on the console.
 *
 * <p>{@link #createFirstAdministrator} compares the secret in constant time, creates the
 * organisation (its code derived from its name), the {@code SYSTEM_ADMIN} account and deletes the
 * secret, all in one transaction audited as {@code setup.firstAdmin}. A wrong or used secret is
 * audited as {@code setup.secretRejected} and refused.
 */
@Component(service = SetupService.class, immediate = true)
public final class SetupServiceImpl implements SetupService {
    private static final Logger LOG = LoggerFactory.getLogger(SetupServiceImpl.class);
    static final int SECRET_BYTES = 20;
    static final String ANONYMOUS = "anonymous";

    private final SecurityStore store;
    private final UserService users;
    private final OrganisationService organisations;
    private final AuditLog audit;

    @Activate
    public SetupServiceImpl(@Reference(name = "store") SecurityStore store, @Reference(name = "users") UserService users,
            @Reference(name = "organisations") OrganisationService organisations,
            @Reference(name = "audit") AuditLog audit) {
        this(store, users, organisations, audit, Clock.systemUTC(), SetupServiceImpl::announce);
    }

    /** @param announcer told the new secret when one is generated (the log in production) */
    SetupServiceImpl(SecurityStore store, UserService users, OrganisationService organisations, AuditLog audit,
            Clock clock, Consumer<String> announcer) {
        this.store = store;
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
        bootstrap(clock).ifPresent(announcer);
    }

    /** Generates and stores a new secret if no account exists. */
    private Optional<String> bootstrap(Clock clock) {
        String secret = format(Tokens.base32(Tokens.randomBytes(SECRET_BYTES)));
        boolean stored = store.inTransaction(tx -> {
            if (store.countUsers(tx) > 0) {
                return false;
            }
            store.replaceSetupSecret(tx, hash(secret), clock.instant());
            return true;
        });
        return stored ? Optional.of(secret) : Optional.empty();
    }

    private static void announce(String secret) {
        LOG.warn("Amparo has no user account yet. To create the first system administrator, open "
                + "http://<host>:8181/setup in a browser and enter this one-time set-up code: {} "
                + "- or create an account with the command amparo:user-add on the Karaf console. "
                + "The code stops working as soon as an account exists.", secret);
    }

    @Override
    public boolean setupRequired() {
        return store.inTransaction(store::countUsers) == 0;
    }

    /** The administrator's password array is wiped when this returns or throws. */
    @Override
    public User createFirstAdministrator(String secret, String organisationName, NewUser administrator) {
        try {
            return store.inTransaction(tx -> {
                checkAndConsume(tx, secret);
                String name = organisationName == null ? "" : organisationName.strip();
                // the organisation does not exist yet: validate the account as if it did
                NewUser candidate = new NewUser(administrator.username(), administrator.displayName(), 1,
                        Set.of(Role.SYSTEM_ADMIN), administrator.password(), administrator.language());
                List<FieldError> errors = new ArrayList<>();
                if (!OrganisationServiceImpl.validName(name)) {
                    errors.add(new FieldError("organisationName", "security.org.name.invalid",
                            OrganisationServiceImpl.MAX_NAME));
                }
                errors.addAll(UserServiceImpl.validate(candidate, id -> true));
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                String actor = administrator.username();
                String code = freeCode(tx, OrganisationServiceImpl.deriveCode(name));
                Organisation organisation = organisations.create(code, name, "", false, actor);
                User user = users.create(new NewUser(administrator.username(), administrator.displayName(),
                        organisation.id(), Set.of(Role.SYSTEM_ADMIN), administrator.password(), administrator.language()),
                        actor);
                audit.record(AuditEvent.success(actor, "setup.firstAdmin", UserServiceImpl.target(user.username()),
                        "org:" + organisation.code()));
                return user;
            });
        } catch (Rejected rejected) {
            store.run(tx -> audit.record(AuditEvent.denied(ANONYMOUS, "setup.secretRejected", "", rejected.reason)));
            throw new AccessDeniedException("security.setup.secretRejected");
        } finally {
            PasswordHasher.wipe(administrator.password());
        }
    }

    /** Refuses unless no account exists and {@code secret} is the stored one; then deletes it. */
    private void checkAndConsume(Transaction tx, String secret) {
        if (store.countUsers(tx) > 0) {
            throw new Rejected("accountsExist");
        }
        Optional<String> expected = store.findSetupSecretHash(tx);
        if (expected.isEmpty()) {
            throw new Rejected("noSecret");
        }
        String given = hash(secret == null ? "" : secret);
        byte[] givenBytes = given.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(givenBytes, expected.get().getBytes(StandardCharsets.US_ASCII))) {
            throw new Rejected("wrongSecret");
        }
        // a concurrent set-up waits here for ours to commit, then finds nothing left to delete
        if (store.deleteSetupSecret(tx) != 1) {
            throw new Rejected("used");
        }
    }

    private String freeCode(Transaction tx, String code) {
        String candidate = code;
        for (int n = 2; store.findOrganisationByCode(tx, candidate).isPresent(); n++) {
            String suffix = "-" + n;
            candidate = code.substring(0, Math.min(code.length(), 30 - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** Groups of four, as shown in the log: {@code ABCD-EFGH-...}. */
    static String format(String base32) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < base32.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(base32, i, Math.min(base32.length(), i + 4));
        }
        return out.toString();
    }

    /**
     * The stored form of a secret: forgiving about what people mistype (case, spaces, hyphens,
     * the digits 0 and 1 for the letters O and I, which base32 does not use).
     */
    static String hash(String secret) {
        String normalised = secret.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('0', 'O').replace('1', 'I');
        return Tokens.sha256Hex(normalised);
    }

    /** Rolls the set-up transaction back; audited after the rollback so the record survives it. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String reason;

        Rejected(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }
}
