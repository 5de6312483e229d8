package org.amparo.persistence;

import org.amparo.common.AmparoException;

/**
 * The database failed. Carries a message key and the SQL state only: database messages can quote
 * stored values (personal data), so they are never passed on.
 *
 * @since 1.0
 */
public class PersistenceException extends AmparoException {
    private static final long serialVersionUID = 1L;

    public PersistenceException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
