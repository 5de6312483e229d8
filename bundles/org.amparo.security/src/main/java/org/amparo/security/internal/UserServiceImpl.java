package org.amparo.security.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.persistence.DuplicateKeyException;
import org.amparo.persistence.Transaction;
import org.amparo.security.NewUser;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link UserService}: validates every field of a new account at once, hashes passwords
 * (wiping the caller's array afterwards), and records each change in the audit log inside the
 * same transaction ({@code user.create}, {@code user.disable}, {@code user.enable},
 * {@code user.passwordReset}, {@code user.unlock}; target {@code user:<username>}).
 *
 * <p>Disabling an account or resetting its password ends its open sessions. The last enabled
 * system administrator cannot be disabled, so that the platform never locks itself out.
 */
@Component(service = UserService.class)
public final class UserServiceImpl implements UserService {
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MAX_DISPLAY_NAME = 100;

    private final SecurityStore store;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    @Activate
    public UserServiceImpl(@Reference(name = "store") SecurityStore store,
            @Reference(name = "audit") AuditLog audit) {
        this(store, audit, new PasswordHasher(), Clock.systemUTC());
    }

    UserServiceImpl(SecurityStore store, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Creates the account. The password array of {@code user} is wiped when this returns or throws.
     * A missing language means English.
     */
    @Override
    public User create(NewUser user, String actor) {
        try {
            List<FieldError> errors = validate(user, this::organisationExists);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            String displayName = user.displayName().strip();
            String language = language(user.language());
            String hash = hasher.hash(user.password());
            PasswordHasher.wipe(user.password());
            try {
                return store.inTransaction(tx -> {
                    long id = store.insertUser(tx, user.username(), displayName, user.organisationId(), user.roles(), hash,
                            language, clock.instant());
                    audit.record(AuditEvent.success(actor, "user.create", target(user.username()), roleCodes(user)));
                    return store.findUserById(tx, id).orElseThrow().toUser();
                });
            } catch (DuplicateKeyException e) {
                throw new ConflictException("security.user.exists");
            }
        } finally {
            PasswordHasher.wipe(user.password());
        }
    }

    private boolean organisationExists(long organisationId) {
        return store.inTransaction(tx -> store.findOrganisation(tx, organisationId)).isPresent();
    }

    /** Every rule a new account breaks, in form order; empty if it is valid. */
    static List<FieldError> validate(NewUser user, LongPredicate organisationExists) {
        List<FieldError> errors = new ArrayList<>();
        String username = user.username();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "security.username.invalid", 3, 64));
        }
        String displayName = user.displayName() == null ? "" : user.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME
                || displayName.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("displayName", "security.displayName.invalid", 1, MAX_DISPLAY_NAME));
        }
        if (user.organisationId() <= 0 || !organisationExists.test(user.organisationId())) {
            errors.add(new FieldError("organisationId", "security.organisation.unknown"));
        }
        if (user.roles().isEmpty()) {
            errors.add(new FieldError("roles", "security.roles.empty"));
        }
        errors.addAll(validatePassword(user.password(), username));
        if (user.language() != null && !user.language().isBlank()) {
            try {
                LanguageTag.of(user.language().strip());
            } catch (ValidationException e) {
                errors.add(new FieldError("language", "security.language.invalid"));
            }
        }
        return errors;
    }

    static List<FieldError> validatePassword(char[] password, String username) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "security.password.tooShort", MIN_PASSWORD_LENGTH));
        } else if (username != null && username.length() >= 3 && contains(password, username)) {
            errors.add(new FieldError("password", "security.password.containsUsername"));
        }
        return errors;
    }

    /** Case-insensitive search without turning the password into a String. */
    private static boolean contains(char[] password, String username) {
        String needle = username.toLowerCase(Locale.ROOT);
        outer:
        for (int i = 0; i + needle.length() <= password.length; i++) {
            for (int j = 0; j < needle.length(); j++) {
                if (Character.toLowerCase(password[i + j]) != needle.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static String language(String language) {
        return language == null || language.isBlank()
                ? LanguageTag.ENGLISH.value()
                : LanguageTag.of(language.strip()).value();
    }

    @Override
    public void disable(String username, String actor) {
        store.run(tx -> {
            StoredUser user = existing(tx, username);
            if (user.enabled() && user.roles().contains(Role.SYSTEM_ADMIN)
                    && store.countEnabledWithRole(tx, Role.SYSTEM_ADMIN) <= 1) {
                throw new ConflictException("security.user.lastAdministrator");
            }
            store.setEnabled(tx, user.id(), false);
            store.deleteSessionsOf(tx, user.id());
            audit.record(AuditEvent.success(actor, "user.disable", target(username), ""));
        });
    }

    @Override
    public void enable(String username, String actor) {
        store.run(tx -> {
            StoredUser user = existing(tx, username);
            store.setEnabled(tx, user.id(), true);
            audit.record(AuditEvent.success(actor, "user.enable", target(username), ""));
        });
    }

    /** Sets the password, lifts any lockout and ends the account's sessions; wipes {@code newPassword}. */
    @Override
    public void resetPassword(String username, char[] newPassword, String actor) {
        try {
            List<FieldError> errors = validatePassword(newPassword, username);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            String hash = hasher.hash(newPassword);
            PasswordHasher.wipe(newPassword);
            store.run(tx -> {
                StoredUser user = existing(tx, username);
                store.setPasswordHash(tx, user.id(), hash);
                store.deleteSessionsOf(tx, user.id());
                audit.record(AuditEvent.success(actor, "user.passwordReset", target(username), ""));
            });
        } finally {
            PasswordHasher.wipe(newPassword);
        }
    }

    @Override
    public void unlock(String username, String actor) {
        store.run(tx -> {
            StoredUser user = existing(tx, username);
            store.clearFailures(tx, user.id());
            audit.record(AuditEvent.success(actor, "user.unlock", target(username), ""));
        });
    }

    @Override
    public Optional<User> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return store.inTransaction(tx -> store.findUser(tx, username).map(StoredUser::toUser));
    }

    @Override
    public List<User> list(int offset, int limit) {
        Pages.check(offset, limit);
        return store.inTransaction(tx -> store.listUsers(tx, offset, limit).stream().map(StoredUser::toUser).toList());
    }

    @Override
    public long count() {
        return store.inTransaction(store::countUsers);
    }

    private StoredUser existing(Transaction tx, String username) {
        return (username == null ? Optional.<StoredUser>empty() : store.findUser(tx, username))
                .orElseThrow(() -> new NotFoundException("security.user.notFound"));
    }

    static String target(String username) {
        return "user:" + username;
    }

    private static String roleCodes(NewUser user) {
        return "roles=" + String.join(",", user.roles().stream().map(Role::name).sorted().toList());
    }
}
