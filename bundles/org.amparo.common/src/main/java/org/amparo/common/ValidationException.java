package org.amparo.common;

import java.util.List;

/**
 * Input was rejected. Lists every field that is wrong and why, so that a form can show all the
 * problems at once. Nothing has been written when this is thrown.
 *
 * @since 1.0
 */
public final class ValidationException extends AmparoException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("error.validation", errors.size());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String messageKey, Object... arguments) {
        return new ValidationException(List.of(new FieldError(field, messageKey, arguments)));
    }

    /** The fields in error, in the order they were found; never empty. */
    public List<FieldError> errors() {
        return errors;
    }
}
