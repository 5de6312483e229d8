package org.amparo.persistence;

/**
 * A unique constraint was violated (SQL state 23505 on Derby and PostgreSQL). Services turn this
 * into a {@link org.amparo.common.ConflictException} with a message their users understand.
 *
 * @since 1.0
 */
public class DuplicateKeyException extends PersistenceException {
    private static final long serialVersionUID = 1L;

    public DuplicateKeyException() {
        super("error.database.duplicate");
    }
}
