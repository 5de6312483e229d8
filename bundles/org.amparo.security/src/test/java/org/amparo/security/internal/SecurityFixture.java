package org.amparo.security.internal;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.amparo.persistence.internal.JdbcDatabase;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The bundle's services wired by hand over a fresh in-memory Derby database, a fake audit log, a
 * clock the test moves, and a cheap password hasher (1000 iterations).
 */
final class SecurityFixture {
    static final String PASSWORD = "correct horse battery";
    static final int TEST_ITERATIONS = 1000;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final JdbcDatabase database;
    final FakeAuditLog audit = new FakeAuditLog();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    final PasswordHasher hasher = new PasswordHasher(TEST_ITERATIONS);
    final SecurityStore store;
    final OrganisationServiceImpl organisations;
    final UserServiceImpl users;
    final AuthenticatorImpl authenticator;
    final SessionServiceImpl sessions;

    SecurityFixture() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:security-test-" + COUNTER.incrementAndGet() + "-" + System.nanoTime());
        ds.setCreateDatabase("create");
        database = new JdbcDatabase(ds);
        store = new SecurityStore(database);
        organisations = new OrganisationServiceImpl(store, audit, clock);
        users = new UserServiceImpl(store, audit, hasher, clock);
        authenticator = new AuthenticatorImpl(store, audit, hasher, clock);
        sessions = new SessionServiceImpl(store, audit, clock);
    }

    Organisation organisation() {
        return organisations.findByCode("TEST-NGO")
                .orElseGet(() -> organisations.create("TEST-NGO", "Test NGO", "KE", true, "system"));
    }

    User user(String username, Role... roles) {
        return users.create(newUser(username, roles), "admin");
    }

    NewUser newUser(String username, Role... roles) {
        return new NewUser(username, "Test person " + username, organisation().id(), Set.of(roles), PASSWORD.toCharArray(),
                "en");
    }

    StoredUser stored(String username) {
        return store.inTransaction(tx -> store.findUser(tx, username)).orElseThrow();
    }
}
