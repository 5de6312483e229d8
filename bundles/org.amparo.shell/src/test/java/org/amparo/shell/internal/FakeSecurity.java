package org.amparo.shell.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.User;
import org.amparo.security.UserService;

/**
 * In-memory stand-ins for the security services (another team's implementation), enough to test
 * the commands' argument handling: they keep accounts and organisations, remember the acting user
 * and the passwords they were given, and refuse what the real services refuse in the cases tested.
 */
final class FakeSecurity {
    private FakeSecurity() {
    }

    static final class Users implements UserService {
        final Map<String, User> users = new TreeMap<>();
        final Map<String, String> passwords = new TreeMap<>();
        final List<String> actors = new ArrayList<>();

        @Override
        public User create(NewUser user, String actor) {
            if (user.password().length < MIN_PASSWORD_LENGTH) {
                throw ValidationException.of("password", "security.password.tooShort", MIN_PASSWORD_LENGTH);
            }
            User created = new User(users.size() + 1, user.username(), user.displayName(), user.organisationId(),
                    user.roles(), true, null, user.language(), Instant.now());
            users.put(user.username(), created);
            passwords.put(user.username(), new String(user.password()));
            actors.add(actor);
            return created;
        }

        private User existing(String username) {
            User user = users.get(username);
            if (user == null) {
                throw new NotFoundException();
            }
            return user;
        }

        private void replace(User user, boolean enabled, Instant lockedUntil) {
            users.put(user.username(), new User(user.id(), user.username(), user.displayName(), user.organisationId(),
                    user.roles(), enabled, lockedUntil, user.language(), user.createdAt()));
        }

        @Override
        public void disable(String username, String actor) {
            replace(existing(username), false, existing(username).lockedUntil());
            actors.add(actor);
        }

        @Override
        public void enable(String username, String actor) {
            replace(existing(username), true, existing(username).lockedUntil());
            actors.add(actor);
        }

        @Override
        public void resetPassword(String username, char[] newPassword, String actor) {
            User user = existing(username);
            passwords.put(username, new String(newPassword));
            replace(user, user.enabled(), null);
            actors.add(actor);
        }

        @Override
        public void unlock(String username, String actor) {
            User user = existing(username);
            replace(user, user.enabled(), null);
            actors.add(actor);
        }

        @Override
        public Optional<User> find(String username) {
            return Optional.ofNullable(users.get(username));
        }

        @Override
        public List<User> list(int offset, int limit) {
            return users.values().stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long count() {
            return users.size();
        }
    }

    static final class Organisations implements OrganisationService {
        final List<Organisation> organisations = new ArrayList<>();
        final List<String> actors = new ArrayList<>();

        Organisations with(String code, String name) {
            organisations.add(new Organisation(organisations.size() + 1, code, name, "", false));
            return this;
        }

        @Override
        public Organisation create(String code, String name, String country, boolean demo, String actor) {
            Organisation created = new Organisation(organisations.size() + 1, code, name, country, demo);
            organisations.add(created);
            actors.add(actor);
            return created;
        }

        @Override
        public Optional<Organisation> find(long id) {
            return organisations.stream().filter(o -> o.id() == id).findFirst();
        }

        @Override
        public Optional<Organisation> findByCode(String code) {
            return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        @Override
        public List<Organisation> list(int offset, int limit) {
            return organisations.stream().sorted(Comparator.comparing(Organisation::code)).skip(offset).limit(limit).toList();
        }
    }
}
