package org.amparo.security.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.amparo.persistence.Database;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;
import org.amparo.persistence.TransactionWork;
import org.amparo.security.Organisation;
import org.amparo.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code security} schema: applies its migrations once when activated (so the services of this
 * bundle never race each other migrating), and holds every SQL statement of the bundle. Registered
 * as a bundle-private service that only this bundle's components reference. Every method but
 * {@link #inTransaction} runs inside a transaction its caller opened.
 */
@Component(service = SecurityStore.class)
public final class SecurityStore {
    static final String SCHEMA = "security";

    private static final String USER_COLUMNS = """
            id, username, display_name, organisation_id, enabled, failed_attempts, locked_until, language,
            created_at, password_hash""";

    private final Database database;

    @Activate
    public SecurityStore(@Reference(name = "database") Database database) {
        this.database = database;
        database.migrate(SCHEMA, SecurityStore.class);
    }

    <T> T inTransaction(TransactionWork<T> work) {
        return database.inTransaction(work);
    }

    void run(TransactionWork.Void work) {
        database.run(work);
    }

    // ---- users

    Optional<StoredUser> findUser(Transaction tx, String username) {
        return tx.queryOne("SELECT " + USER_COLUMNS + " FROM security.app_user WHERE username = ?",
                SecurityStore::user, username).map(u -> withRoles(tx, u));
    }

    Optional<StoredUser> findUserById(Transaction tx, long id) {
        return tx.queryOne("SELECT " + USER_COLUMNS + " FROM security.app_user WHERE id = ?", SecurityStore::user, id)
                .map(u -> withRoles(tx, u));
    }

    List<StoredUser> listUsers(Transaction tx, int offset, int limit) {
        return tx.query("SELECT " + USER_COLUMNS
                + " FROM security.app_user ORDER BY username OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                SecurityStore::user, offset, limit).stream().map(u -> withRoles(tx, u)).toList();
    }

    long countUsers(Transaction tx) {
        return tx.queryLong("SELECT COUNT(*) FROM security.app_user");
    }

    /** Inserts an account and its roles; the first account ever created also retires the set-up secret. */
    long insertUser(Transaction tx, String username, String displayName, long organisationId, Set<Role> roles,
            String passwordHash, String language, Instant now) {
        long id = tx.insertReturningKey("""
                INSERT INTO security.app_user (username, display_name, organisation_id, password_hash, enabled,
                    failed_attempts, locked_until, language, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                username, displayName, organisationId, passwordHash, true, 0, null, language, now);
        for (Role role : roles) {
            tx.update("INSERT INTO security.user_role (user_id, role) VALUES (?, ?)", id, role);
        }
        deleteSetupSecret(tx);
        return id;
    }

    void setEnabled(Transaction tx, long userId, boolean enabled) {
        tx.update("UPDATE security.app_user SET enabled = ? WHERE id = ?", enabled, userId);
    }

    /** Replaces the password hash and lifts any lockout. */
    void setPasswordHash(Transaction tx, long userId, String passwordHash) {
        tx.update("UPDATE security.app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                passwordHash, userId);
    }

    /** Adds one failed attempt and returns the new count. */
    int addFailure(Transaction tx, long userId) {
        tx.update("UPDATE security.app_user SET failed_attempts = failed_attempts + 1 WHERE id = ?", userId);
        return (int) tx.queryLong("SELECT failed_attempts FROM security.app_user WHERE id = ?", userId);
    }

    /** Locks until {@code until} and restarts the failure count for the time after the lockout. */
    void lock(Transaction tx, long userId, Instant until) {
        tx.update("UPDATE security.app_user SET failed_attempts = 0, locked_until = ? WHERE id = ?", until, userId);
    }

    void clearFailures(Transaction tx, long userId) {
        tx.update("UPDATE security.app_user SET failed_attempts = 0, locked_until = NULL WHERE id = ?", userId);
    }

    long countEnabledWithRole(Transaction tx, Role role) {
        return tx.queryLong("""
                SELECT COUNT(*) FROM security.app_user u JOIN security.user_role r ON r.user_id = u.id
                WHERE u.enabled = ? AND r.role = ?""", true, role);
    }

    /** Maps the account columns; roles are read afterwards, once the result set is closed. */
    private static StoredUser user(Row row) {
        return new StoredUser(row.getLong("id"), row.getString("username"), row.getString("display_name"),
                row.getLong("organisation_id"), Set.of(), row.getBoolean("enabled"), row.getInt("failed_attempts"),
                row.getInstant("locked_until"), row.getString("language"), row.getInstant("created_at"),
                row.getString("password_hash"));
    }

    private static StoredUser withRoles(Transaction tx, StoredUser u) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = tx.query("SELECT role FROM security.user_role WHERE user_id = ?", r -> r.getString("role"), u.id());
        for (String role : names) {
            roles.add(Role.valueOf(role));
        }
        return new StoredUser(u.id(), u.username(), u.displayName(), u.organisationId(), roles, u.enabled(),
                u.failedAttempts(), u.lockedUntil(), u.language(), u.createdAt(), u.passwordHash());
    }

    // ---- organisations

    long insertOrganisation(Transaction tx, String code, String name, String country, boolean demo, Instant now) {
        return tx.insertReturningKey("""
                INSERT INTO security.organisation (code, name, country, demo, created_at) VALUES (?, ?, ?, ?, ?)""",
                code, name, country, demo, now);
    }

    Optional<Organisation> findOrganisation(Transaction tx, long id) {
        return tx.queryOne("SELECT id, code, name, country, demo FROM security.organisation WHERE id = ?",
                SecurityStore::organisation, id);
    }

    Optional<Organisation> findOrganisationByCode(Transaction tx, String code) {
        return tx.queryOne("SELECT id, code, name, country, demo FROM security.organisation WHERE code = ?",
                SecurityStore::organisation, code);
    }

    List<Organisation> listOrganisations(Transaction tx, int offset, int limit) {
        return tx.query("""
                SELECT id, code, name, country, demo FROM security.organisation
                ORDER BY code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""",
                SecurityStore::organisation, offset, limit);
    }

    private static Organisation organisation(Row row) {
        return new Organisation(row.getLong("id"), row.getString("code"), row.getString("name"), row.getString("country"),
                row.getBoolean("demo"));
    }

    // ---- sessions

    void insertSession(Transaction tx, StoredSession session) {
        tx.update("""
                INSERT INTO security.session
                    (token_hash, user_id, csrf_token, language, created_at, last_seen_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                session.tokenHash(), session.userId(), session.csrfToken(), session.language(), session.createdAt(),
                session.lastSeenAt(), session.expiresAt());
    }

    Optional<StoredSession> findSession(Transaction tx, String tokenHash) {
        return tx.queryOne("""
                SELECT token_hash, user_id, csrf_token, language, created_at, last_seen_at, expires_at
                FROM security.session WHERE token_hash = ?""",
                row -> new StoredSession(row.getString("token_hash"), row.getLong("user_id"), row.getString("csrf_token"),
                        row.getString("language"), row.getInstant("created_at"), row.getInstant("last_seen_at"),
                        row.getInstant("expires_at")),
                tokenHash);
    }

    void touchSession(Transaction tx, String tokenHash, Instant now) {
        tx.update("UPDATE security.session SET last_seen_at = ? WHERE token_hash = ?", now, tokenHash);
    }

    int setSessionLanguage(Transaction tx, String tokenHash, String language) {
        return tx.update("UPDATE security.session SET language = ? WHERE token_hash = ?", language, tokenHash);
    }

    int deleteSession(Transaction tx, String tokenHash) {
        return tx.update("DELETE FROM security.session WHERE token_hash = ?", tokenHash);
    }

    int deleteSessionsOf(Transaction tx, long userId) {
        return tx.update("DELETE FROM security.session WHERE user_id = ?", userId);
    }

    /** Deletes sessions that ended (absolutely, or by idleness) before {@code endedBefore}. */
    int purgeSessions(Transaction tx, Instant endedBefore, Instant idleSince) {
        return tx.update("DELETE FROM security.session WHERE expires_at < ? OR last_seen_at < ?", endedBefore, idleSince);
    }

    // ---- set-up secret

    void replaceSetupSecret(Transaction tx, String secretHash, Instant now) {
        deleteSetupSecret(tx);
        tx.update("INSERT INTO security.setup_secret (id, secret_hash, created_at) VALUES (1, ?, ?)", secretHash, now);
    }

    Optional<String> findSetupSecretHash(Transaction tx) {
        return tx.queryOne("SELECT secret_hash FROM security.setup_secret WHERE id = 1",
                row -> row.getString("secret_hash"));
    }

    int deleteSetupSecret(Transaction tx) {
        return tx.update("DELETE FROM security.setup_secret");
    }
}
