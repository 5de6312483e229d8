package org.amparo.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.common.LanguageTag;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.Session;
import org.amparo.security.SessionLookup;
import org.amparo.security.SessionService;
import org.amparo.security.User;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link SessionService}, in table {@code security.session}. A token is 32 random bytes
 * (base64url); only its SHA-256 is stored, so a copy of the database opens no session. Each
 * session has its own CSRF token. {@link Session#expiresAt()} is the absolute end
 * ({@link #ABSOLUTE_HOURS} after log-in); a session also ends after {@link #IDLE_MINUTES} without
 * use. An ended session found by {@link #find} is deleted and audited as {@code session.expired}
 * (detail {@code idle}, {@code absolute} or {@code userDisabled}); sessions that ended more than a
 * day ago are purged without audit whenever a session is opened. To spare the database a write per
 * request, the last-seen time is only moved when it is at least a minute old.
 */
@Component(service = SessionService.class)
public final class SessionServiceImpl implements SessionService {
    static final Duration IDLE = Duration.ofMinutes(IDLE_MINUTES);
    static final Duration ABSOLUTE = Duration.ofHours(ABSOLUTE_HOURS);
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    static final Duration PURGE_AFTER = Duration.ofDays(1);
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecurityStore store;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public SessionServiceImpl(@Reference(name = "store") SecurityStore store,
            @Reference(name = "audit") AuditLog audit) {
        this(store, audit, Clock.systemUTC());
    }

    SessionServiceImpl(SecurityStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws NotFoundException if the account no longer exists or is disabled */
    @Override
    public Session open(User user) {
        Objects.requireNonNull(user, "user");
        String token = Tokens.randomBase64Url(TOKEN_BYTES);
        String csrf = Tokens.randomBase64Url(TOKEN_BYTES);
        Instant now = clock.instant();
        Instant expires = now.plus(ABSOLUTE);
        return store.inTransaction(tx -> {
            store.purgeSessions(tx, now.minus(PURGE_AFTER), now.minus(PURGE_AFTER).minus(IDLE));
            StoredUser current = store.findUserById(tx, user.id()).filter(StoredUser::enabled)
                    .orElseThrow(() -> new NotFoundException("security.user.notFound"));
            store.insertSession(tx, new StoredSession(Tokens.sha256Hex(token), current.id(), csrf, current.language(), now,
                    now, expires));
            return new Session(token, csrf, current.toUser(), current.language(), now, expires);
        });
    }

    @Override
    public SessionLookup find(String token) {
        if (!wellFormed(token)) {
            return SessionLookup.UNKNOWN;
        }
        String hash = Tokens.sha256Hex(token);
        Instant now = clock.instant();
        return store.inTransaction(tx -> {
            Optional<StoredSession> found = store.findSession(tx, hash);
            if (found.isEmpty()) {
                return SessionLookup.UNKNOWN;
            }
            StoredSession session = found.get();
            Optional<StoredUser> user = store.findUserById(tx, session.userId());
            if (user.isEmpty()) {
                store.deleteSession(tx, hash);
                return SessionLookup.UNKNOWN;
            }
            String ended = endReason(session, user.get(), now);
            if (ended != null) {
                store.deleteSession(tx, hash);
                audit.record(AuditEvent.success(user.get().username(), "session.expired",
                        UserServiceImpl.target(user.get().username()), ended));
                return SessionLookup.EXPIRED;
            }
            if (!now.isBefore(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
                store.touchSession(tx, hash, now);
            }
            return SessionLookup.active(new Session(token, session.csrfToken(), user.get().toUser(), session.language(),
                    session.createdAt(), session.expiresAt()));
        });
    }

    private static String endReason(StoredSession session, StoredUser user, Instant now) {
        if (!now.isBefore(session.expiresAt())) {
            return "absolute";
        }
        if (!now.isBefore(session.lastSeenAt().plus(IDLE))) {
            return "idle";
        }
        if (!user.enabled()) {
            return "userDisabled";
        }
        return null;
    }

    @Override
    public void setLanguage(String token, String language) {
        String value;
        try {
            value = LanguageTag.of(Objects.requireNonNullElse(language, "").strip()).value();
        } catch (ValidationException e) {
            throw ValidationException.of("language", "security.language.invalid");
        }
        if (wellFormed(token)) {
            store.run(tx -> store.setSessionLanguage(tx, Tokens.sha256Hex(token), value));
        }
    }

    @Override
    public void close(String token) {
        if (!wellFormed(token)) {
            return;
        }
        String hash = Tokens.sha256Hex(token);
        store.run(tx -> store.findSession(tx, hash).ifPresent(session -> {
            store.deleteSession(tx, hash);
            store.findUserById(tx, session.userId()).ifPresent(user -> audit.record(
                    AuditEvent.success(user.username(), "auth.logout", UserServiceImpl.target(user.username()), "")));
        }));
    }

    private static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }
}
