package org.amparo.training;

import java.util.Objects;

/**
 * A choice offered by a quiz question.
 *
 * @param id      unique within its question
 * @param textKey message key of the text
 * @since 1.0
 */
public record QuizOption(String id, String textKey) {
    public QuizOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(textKey, "textKey");
    }
}
