package org.amparo.training;

import java.time.Instant;
import java.util.Objects;

/**
 * One submitted quiz attempt (the answers themselves are not kept).
 *
 * @param number        1 for a user's first attempt at the module, then 2, 3 ...
 * @param moduleVersion the content version the attempt was made on
 * @param submittedAt   when
 * @param score         percent of the questions answered correctly
 * @param passed        whether the score reached the pass mark
 * @since 1.0
 */
public record Attempt(int number, String moduleVersion, Instant submittedAt, int score, boolean passed) {
    public Attempt {
        Objects.requireNonNull(moduleVersion, "moduleVersion");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
