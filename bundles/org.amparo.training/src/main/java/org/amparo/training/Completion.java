package org.amparo.training;

import java.time.Instant;
import java.util.Objects;

/**
 * A module completed: recorded each time a user passes its quiz.
 *
 * @param moduleId      the module
 * @param moduleVersion the content version passed
 * @param completedAt   when the passing attempt was submitted
 * @param score         the passing score, in percent
 * @since 1.0
 */
public record Completion(String moduleId, String moduleVersion, Instant completedAt, int score) {
    public Completion {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(moduleVersion, "moduleVersion");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
