package org.amparo.training;

import java.util.List;

/**
 * A module's self-check quiz.
 *
 * @param passMark  the score, in percent of the questions answered correctly, needed to pass (1 to 100)
 * @param questions at least one, in order
 * @since 1.0
 */
public record Quiz(int passMark, List<QuizQuestion> questions) {
    public Quiz {
        if (passMark < 1 || passMark > 100) {
            throw new IllegalArgumentException("pass mark out of range: " + passMark);
        }
        questions = List.copyOf(questions);
    }
}
