package org.amparo.common;

/**
 * The request clashes with the current state, e.g. a name already taken.
 *
 * @since 1.0
 */
public class ConflictException extends AmparoException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public ConflictException() {
        super("error.conflict");
    }
}
