package org.amparo.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Manages accounts. Every change is audited with the acting user ({@code actor}). Invalid input
 * raises {@link org.amparo.common.ValidationException} naming each bad field; a taken user name
 * raises {@link org.amparo.common.ConflictException}; an unknown user
 * {@link org.amparo.common.NotFoundException}. Nothing is written when an exception is raised.
 *
 * @since 1.0
 */
@ProviderType
public interface UserService {
    /** Minimum password length. */
    int MIN_PASSWORD_LENGTH = 12;

    User create(NewUser user, String actor);

    void disable(String username, String actor);

    void enable(String username, String actor);

    /** Sets a new password and clears any lockout. */
    void resetPassword(String username, char[] newPassword, String actor);

    /** Lifts a lockout without changing the password. */
    void unlock(String username, String actor);

    Optional<User> find(String username);

    /** Users ordered by user name, {@code limit} (1 to 500) from {@code offset}. */
    List<User> list(int offset, int limit);

    long count();
}
