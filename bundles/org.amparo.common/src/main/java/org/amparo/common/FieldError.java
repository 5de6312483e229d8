package org.amparo.common;

import java.util.List;
import java.util.Objects;

/**
 * One rejected field: its name as the caller sent it, a message key, and the key's arguments.
 *
 * @since 1.0
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public FieldError(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
