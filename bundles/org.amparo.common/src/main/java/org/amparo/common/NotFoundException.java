package org.amparo.common;

/**
 * What was asked for does not exist (or the caller may not know that it does).
 *
 * @since 1.0
 */
public class NotFoundException extends AmparoException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public NotFoundException() {
        super("error.notFound");
    }
}
