package org.amparo.security;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a log-in attempt. An unknown user and a wrong password give the same
 * {@link Status#BAD_CREDENTIALS} so that names cannot be probed.
 *
 * @since 1.0
 */
public record AuthenticationResult(Status status, Optional<User> user) {
    public AuthenticationResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(user, "user");
        if ((status == Status.SUCCESS) != user.isPresent()) {
            throw new IllegalArgumentException("a user is returned exactly when the log-in succeeds");
        }
    }

    public static AuthenticationResult success(User user) {
        return new AuthenticationResult(Status.SUCCESS, Optional.of(user));
    }

    public static AuthenticationResult failed(Status status) {
        return new AuthenticationResult(status, Optional.empty());
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    /** Why a log-in failed; each has the message key {@code login.error.<name>}. */
    public enum Status {
        SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED;

        public String messageKey() {
            return "login.error." + name();
        }
    }
}
