package org.amparo.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question of an instrument.
 *
 * @param id unique among all instruments used together; what {@link Answers} are keyed by
 * @param textKey message key of the question
 * @param helpKey message key of guidance for the caseworker, or {@code null}
 * @param answerType the kind of answer
 * @param options the choices of a choice question (empty otherwise)
 * @param showIf when the question is asked, or {@code null} for always; a hidden question's answer
 *        is ignored
 * @param basis what the question rests on
 * @param indicators indicator references that a {@code yes} shows as present (yes-no questions;
 *        choice questions carry them per option)
 * @since 1.0
 */
public record Question(String id, String textKey, String helpKey, AnswerType answerType, List<Option> options,
        Condition showIf, List<Basis> basis, List<String> indicators) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(answerType, "answerType");
        options = List.copyOf(options);
        basis = List.copyOf(basis);
        indicators = List.copyOf(indicators);
    }

    /** The option with id {@code optionId}. */
    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
