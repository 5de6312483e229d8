package org.amparo.training;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One quiz question. It is answered correctly when exactly the {@code correct} options are chosen.
 * The correct options are part of the content so that a page can explain them after an attempt;
 * a page must not send them to the browser before the attempt is submitted.
 *
 * @param id             unique within its quiz
 * @param textKey        message key of the question
 * @param options        at least two, in display order
 * @param correct        ids of the correct options, at least one
 * @param explanationKey message key of the explanation shown after an attempt
 * @since 1.0
 */
public record QuizQuestion(String id, String textKey, List<QuizOption> options, Set<String> correct, String explanationKey) {
    public QuizQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(textKey, "textKey");
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
        Objects.requireNonNull(explanationKey, "explanationKey");
    }

    /** Whether more than one option is correct (a page shows check boxes rather than radio buttons). */
    public boolean multiple() {
        return correct.size() > 1;
    }
}
