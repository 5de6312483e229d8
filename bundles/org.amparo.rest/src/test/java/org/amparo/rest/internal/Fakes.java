package org.amparo.rest.internal;

import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.AuditVerification;
import org.amparo.common.ConflictException;
import org.amparo.common.NotFoundException;
import org.amparo.security.AuthenticationResult;
import org.amparo.security.Authenticator;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.Session;
import org.amparo.security.SessionLookup;
import org.amparo.security.SessionService;
import org.amparo.security.User;
import org.amparo.security.UserService;

/** Small in-memory stand-ins for the security and audit services (written by other teams). */
final class Fakes {
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private Fakes() {
    }

    static User user(String username, Role... roles) {
        return new User(1, username, "Display " + username, 7, Set.of(roles), true, null, "en", NOW);
    }

    static Session session(String token, String csrf, Role... roles) {
        return new Session(token, csrf, user("ana", roles), "en", NOW, NOW.plus(30, ChronoUnit.MINUTES));
    }

    /** A security context as the auth filter would set it. */
    static SecurityContext signedIn(Role... roles) {
        return new SessionSecurityContext(session("tok-" + Arrays.toString(roles), "csrf", roles), false, true);
    }

    /** A security context without an Amparo session (no auth filter ran). */
    static SecurityContext anonymous() {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }

    static final class Sessions implements SessionService {
        final Map<String, SessionLookup> byToken = new HashMap<>();
        final List<String> closed = new ArrayList<>();
        final List<String> opened = new ArrayList<>();

        Sessions active(Session session) {
            byToken.put(session.token(), SessionLookup.active(session));
            return this;
        }

        Sessions expired(String token) {
            byToken.put(token, SessionLookup.EXPIRED);
            return this;
        }

        @Override
        public Session open(User user) {
            Session session = new Session("token-" + user.username(), "csrf-" + user.username(), user, user.language(), NOW,
                    NOW.plus(30, ChronoUnit.MINUTES));
            opened.add(user.username());
            active(session);
            return session;
        }

        @Override
        public SessionLookup find(String token) {
            return byToken.getOrDefault(token, SessionLookup.UNKNOWN);
        }

        @Override
        public void setLanguage(String token, String language) {
        }

        @Override
        public void close(String token) {
            closed.add(token);
            byToken.remove(token);
        }
    }

    static final class Audit implements AuditLog {
        final List<AuditEvent> events = new ArrayList<>();
        AuditVerification verification = AuditVerification.ok(0);
        boolean failing;

        @Override
        public AuditEntry record(AuditEvent event) {
            if (failing) {
                throw new IllegalStateException("audit store down");
            }
            events.add(event);
            return new AuditEntry(events.size(), NOW, event.actor(), event.action(), event.target(), event.outcome(),
                    event.detail(), "hash" + events.size());
        }

        @Override
        public List<AuditEntry> page(AuditQuery query) {
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = events.size() - 1; i >= 0; i--) {
                AuditEvent e = events.get(i);
                if ((query.actor() == null || query.actor().equals(e.actor()))
                        && (query.action() == null || e.action().startsWith(query.action()))) {
                    entries.add(new AuditEntry(i + 1, NOW, e.actor(), e.action(), e.target(), e.outcome(), e.detail(), "h" + i));
                }
            }
            return entries.stream().skip(query.offset()).limit(query.limit()).toList();
        }

        @Override
        public long count(AuditQuery query) {
            return page(new AuditQuery(query.actor(), query.action(), 0, 500)).size();
        }

        @Override
        public AuditVerification verify() {
            return verification;
        }
    }

    static final class Authentication implements Authenticator {
        final Map<String, AuthenticationResult> results = new HashMap<>();
        char[] lastPassword;
        String lastChannel;

        @Override
        public AuthenticationResult authenticate(String username, char[] password, String channel) {
            lastPassword = password;
            lastChannel = channel;
            return results.getOrDefault(username, AuthenticationResult.failed(AuthenticationResult.Status.BAD_CREDENTIALS));
        }
    }

    static final class Organisations implements OrganisationService {
        final List<Organisation> all = new ArrayList<>(List.of(new Organisation(7, "DEMO-NGO", "Demo NGO", "ES", true)));

        @Override
        public Organisation create(String code, String name, String country, boolean demo, String actor) {
            Organisation o = new Organisation(all.size() + 10, code, name, country, demo);
            all.add(o);
            return o;
        }

        @Override
        public Optional<Organisation> find(long id) {
            return all.stream().filter(o -> o.id() == id).findFirst();
        }

        @Override
        public Optional<Organisation> findByCode(String code) {
            return all.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        @Override
        public List<Organisation> list(int offset, int limit) {
            return all.stream().skip(offset).limit(limit).toList();
        }
    }

    static final class Users implements UserService {
        final Map<String, User> byName = new HashMap<>();
        final List<String> actions = new ArrayList<>();
        NewUser lastCreated;

        @Override
        public User create(NewUser user, String actor) {
            if (byName.containsKey(user.username())) {
                throw new ConflictException("user.error.taken");
            }
            lastCreated = new NewUser(user.username(), user.displayName(), user.organisationId(), user.roles(),
                    user.password().clone(), user.language());
            User created = new User(byName.size() + 1, user.username(), user.displayName(), user.organisationId(),
                    user.roles(), true, null, user.language(), NOW);
            byName.put(user.username(), created);
            actions.add("create " + user.username() + " by " + actor);
            return created;
        }

        private void act(String action, String username, String actor) {
            if (!byName.containsKey(username)) {
                throw new NotFoundException();
            }
            actions.add(action + " " + username + " by " + actor);
        }

        @Override
        public void disable(String username, String actor) {
            act("disable", username, actor);
        }

        @Override
        public void enable(String username, String actor) {
            act("enable", username, actor);
        }

        @Override
        public void resetPassword(String username, char[] newPassword, String actor) {
            act("reset", username, actor);
        }

        @Override
        public void unlock(String username, String actor) {
            act("unlock", username, actor);
        }

        @Override
        public Optional<User> find(String username) {
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public List<User> list(int offset, int limit) {
            return byName.values().stream().sorted((a, b) -> a.username().compareTo(b.username())).skip(offset).limit(limit)
                    .toList();
        }

        @Override
        public long count() {
            return byName.size();
        }
    }
}
