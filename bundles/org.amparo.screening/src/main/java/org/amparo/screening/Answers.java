package org.amparo.screening;

import java.util.HashMap;
import java.util.Map;

/**
 * The answers of one screening, by question id. A question without an entry was not answered
 * (yet); if it was shown, the engine treats it like "unknown".
 *
 * @param byQuestion question id to answer
 * @since 1.0
 */
public record Answers(Map<String, Answer> byQuestion) {
    /** No answer at all. */
    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        byQuestion = Map.copyOf(byQuestion);
    }

    /** The answer to {@code questionId}, or {@code null} when there is none. */
    public Answer get(String questionId) {
        return byQuestion.get(questionId);
    }

    /** These answers with {@code answer} set for {@code questionId}. */
    public Answers with(String questionId, Answer answer) {
        Map<String, Answer> copy = new HashMap<>(byQuestion);
        copy.put(questionId, answer);
        return new Answers(copy);
    }

    /** These answers without one for {@code questionId}. */
    public Answers without(String questionId) {
        Map<String, Answer> copy = new HashMap<>(byQuestion);
        copy.remove(questionId);
        return new Answers(copy);
    }
}
