package org.amparo.training;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of a submitted quiz, question by question, to show right after the attempt.
 *
 * @param moduleId  the module
 * @param attempt   the attempt as recorded
 * @param passMark  the pass mark it was measured against, in percent
 * @param questions one result per question of the quiz, in quiz order
 * @since 1.0
 */
public record QuizResult(String moduleId, Attempt attempt, int passMark, List<QuestionResult> questions) {
    public QuizResult {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(attempt, "attempt");
        questions = List.copyOf(questions);
    }

    public int score() {
        return attempt.score();
    }

    public boolean passed() {
        return attempt.passed();
    }

    /**
     * One question's result.
     *
     * @param questionId     the question
     * @param correct        whether exactly the correct options were chosen
     * @param chosen         the options the user chose (empty when left unanswered)
     * @param correctOptions the correct options
     * @param explanationKey message key of the explanation
     */
    public record QuestionResult(String questionId, boolean correct, Set<String> chosen, Set<String> correctOptions,
            String explanationKey) {
        public QuestionResult {
            Objects.requireNonNull(questionId, "questionId");
            chosen = Set.copyOf(chosen);
            correctOptions = Set.copyOf(correctOptions);
            Objects.requireNonNull(explanationKey, "explanationKey");
        }
    }
}
