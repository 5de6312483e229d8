package org.amparo.common;

/**
 * The caller is not allowed to do this. The attempt has been audited where it matters.
 *
 * @since 1.0
 */
public class AccessDeniedException extends AmparoException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
