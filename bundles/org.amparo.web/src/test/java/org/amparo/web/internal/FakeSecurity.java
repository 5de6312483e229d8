package org.amparo.web.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.AuthenticationResult;
import org.amparo.security.Authenticator;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.Session;
import org.amparo.security.SessionLookup;
import org.amparo.security.SessionService;
import org.amparo.security.SetupService;
import org.amparo.security.User;
import org.amparo.security.UserService;

/**
 * In-memory stand-ins for the security services (written by another team), just enough to drive
 * the web UI: accounts with passwords, sessions that a test can expire, organisations, set-up.
 */
final class FakeSecurity {
    static final String SETUP_SECRET = "one-time-secret";

    final Map<String, User> users = new ConcurrentHashMap<>();
    final Map<String, String> passwords = new ConcurrentHashMap<>();
    final Map<String, Session> sessions = new ConcurrentHashMap<>();
    final Map<String, Session> expired = new ConcurrentHashMap<>();
    final Map<Long, Organisation> organisations = new ConcurrentHashMap<>();
    final List<String> channels = new ArrayList<>();
    private long nextId = 1;

    FakeSecurity() {
        organisations.put(1L, new Organisation(1, "GOV", "Migration Office", "MA", false));
        organisations.put(2L, new Organisation(2, "DEMO-NGO", "Demo NGO", "MA", true));
    }

    synchronized User addUser(String username, String displayName, long organisationId, String password, Role... roles) {
        User user = new User(nextId++, username, displayName, organisationId, Set.of(roles), true, null, "en",
                Instant.parse("2026-01-01T00:00:00Z"));
        users.put(username, user);
        passwords.put(username, password);
        return user;
    }

    void replace(User user) {
        users.put(user.username(), user);
    }

    /** Moves a session to the expired ones, as if its idle time had run out. */
    void expire(String token) {
        Session session = sessions.remove(token);
        if (session != null) {
            expired.put(token, session);
        }
    }

    final Authenticator authenticator = new Authenticator() {
    @Override
    public synchronized AuthenticationResult authenticate(String username, char[] password, String channel) {
        channels.add(channel);
        User user = users.get(username);
        if (user == null || !passwords.get(username).equals(new String(password))) {
            return AuthenticationResult.failed(AuthenticationResult.Status.BAD_CREDENTIALS);
        }
        if (!user.enabled()) {
            return AuthenticationResult.failed(AuthenticationResult.Status.DISABLED);
        }
        if (user.isLocked(Instant.now())) {
            return AuthenticationResult.failed(AuthenticationResult.Status.LOCKED);
        }
        return AuthenticationResult.success(user);
    }

    };

    final SessionService sessionService = new SessionService() {
    @Override
    public Session open(User user) {
        Session session = new Session(Csrf.newToken(), Csrf.newToken(), user, user.language(), Instant.now(),
                Instant.now().plusSeconds(3600));
        sessions.put(session.token(), session);
        return session;
    }

    @Override
    public SessionLookup find(String token) {
        if (expired.containsKey(token)) {
            return SessionLookup.EXPIRED;
        }
        Session session = sessions.get(token);
        return session == null ? SessionLookup.UNKNOWN : SessionLookup.active(session);
    }

    @Override
    public void setLanguage(String token, String language) {
        sessions.computeIfPresent(token, (t, s) -> new Session(s.token(), s.csrfToken(), s.user(), language, s.createdAt(), s.expiresAt()));
    }

    @Override
    public void close(String token) {
        sessions.remove(token);
    }

    };

    final OrganisationService organisationService = new OrganisationService() {
    @Override
    public Organisation create(String code, String name, String country, boolean demo, String actor) {
        Organisation organisation = new Organisation(organisations.size() + 1L, code, name, country, demo);
        organisations.put(organisation.id(), organisation);
        return organisation;
    }

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(organisations.get(id));
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return organisations.values().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    @Override
    public List<Organisation> list(int offset, int limit) {
        return new TreeMap<>(organisations).values().stream().skip(offset).limit(limit).toList();
    }

    };

    final UserService userService = new UserService() {
    @Override
    public synchronized User create(NewUser user, String actor) {
        if (user.displayName().contains("reject-me")) {
            throw ValidationException.of("displayName", "user.error.displayName");
        }
        if (users.containsKey(user.username())) {
            throw new ConflictException("user.error.taken");
        }
        Role[] roles = user.roles().toArray(new Role[0]);
        User created = addUser(user.username(), user.displayName(), user.organisationId(), new String(user.password()), roles);
        replace(new User(created.id(), created.username(), created.displayName(), created.organisationId(), created.roles(),
                true, null, user.language(), created.createdAt()));
        return users.get(user.username());
    }

    @Override
    public void disable(String username, String actor) {
        User u = existing(username);
        replace(new User(u.id(), u.username(), u.displayName(), u.organisationId(), u.roles(), false, u.lockedUntil(), u.language(), u.createdAt()));
    }

    @Override
    public void enable(String username, String actor) {
        User u = existing(username);
        replace(new User(u.id(), u.username(), u.displayName(), u.organisationId(), u.roles(), true, u.lockedUntil(), u.language(), u.createdAt()));
    }

    @Override
    public void resetPassword(String username, char[] newPassword, String actor) {
        existing(username);
        passwords.put(username, new String(newPassword));
    }

    @Override
    public void unlock(String username, String actor) {
        User u = existing(username);
        replace(new User(u.id(), u.username(), u.displayName(), u.organisationId(), u.roles(), u.enabled(), null, u.language(), u.createdAt()));
    }

    private User existing(String username) {
        User user = users.get(username);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    @Override
    public Optional<User> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public List<User> list(int offset, int limit) {
        return new TreeMap<>(users).values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count() {
        return users.size();
    }

    };

    final SetupService setupService = new SetupService() {
    @Override
    public boolean setupRequired() {
        return users.isEmpty();
    }

    @Override
    public synchronized User createFirstAdministrator(String secret, String organisationName, NewUser administrator) {
        if (!SETUP_SECRET.equals(secret) || !users.isEmpty()) {
            throw new AccessDeniedException("setup.error.secret");
        }
        Organisation organisation = organisationService.create("ORG", organisationName, "", false, "system");
        return addUser(administrator.username(), administrator.displayName(), organisation.id(),
                new String(administrator.password()), EnumSet.copyOf(administrator.roles()).toArray(new Role[0]));
    }
    };
}
