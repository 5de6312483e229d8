package org.amparo.screening;

import java.util.Optional;

/**
 * What kind of answer a question takes. Every question also accepts "unknown" and "declined to
 * answer".
 *
 * @since 1.0
 */
public enum AnswerType {
    /** {@code yes} or {@code no}. */
    YES_NO("yes-no"),
    /** One option id. */
    SINGLE_CHOICE("single-choice"),
    /** Any number of option ids (none selected: none applies). */
    MULTIPLE_CHOICE("multiple-choice"),
    /** Free text; never used by a rule. */
    TEXT("text"),
    /** A decimal number. */
    NUMBER("number"),
    /** An ISO date, {@code YYYY-MM-DD}. */
    DATE("date");

    private final String id;

    AnswerType(String id) {
        this.id = id;
    }

    /** The id used in data files. */
    public String id() {
        return id;
    }

    /** Whether the answer is one or more option ids. */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** The type with data-file id {@code id}. */
    public static Optional<AnswerType> of(String id) {
        for (AnswerType value : values()) {
            if (value.id.equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
