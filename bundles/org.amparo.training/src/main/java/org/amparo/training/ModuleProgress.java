package org.amparo.training;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where one user stands in one module.
 *
 * @param moduleId    the module
 * @param enrolledAt  when the user enrolled; {@code null} when not enrolled
 * @param lessonsRead ids of the lessons the user marked read
 * @param lessonCount how many lessons the module has
 * @param attempts    every quiz attempt, oldest first
 * @param completion  the completion that counts now (the newest of the module's current major
 *                    version); {@code null} when there is none
 * @since 1.0
 */
public record ModuleProgress(String moduleId, Instant enrolledAt, Set<String> lessonsRead, int lessonCount,
        List<Attempt> attempts, Completion completion) {
    public ModuleProgress {
        Objects.requireNonNull(moduleId, "moduleId");
        lessonsRead = Set.copyOf(lessonsRead);
        attempts = List.copyOf(attempts);
    }

    public boolean enrolled() {
        return enrolledAt != null;
    }

    public boolean completed() {
        return completion != null;
    }
}
