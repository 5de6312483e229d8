package org.amparo.training;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A training module as shipped: its lessons in reading order and its self-check quiz.
 *
 * @param id         stable id, e.g. {@code child-protection}
 * @param version    the content version ({@code 1.0.0}); a completion counts while its major
 *                   version is the module's current one
 * @param titleKey   message key of the title
 * @param summaryKey message key of a one-paragraph summary
 * @param lessons    at least one
 * @param quiz       the self-check quiz that completes the module
 * @since 1.0
 */
public record TrainingModule(String id, String version, String titleKey, String summaryKey, List<Lesson> lessons, Quiz quiz) {
    public TrainingModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(summaryKey, "summaryKey");
        lessons = List.copyOf(lessons);
        Objects.requireNonNull(quiz, "quiz");
    }

    /** The lesson with {@code lessonId}, if the module has one. */
    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }
}
