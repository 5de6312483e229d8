package org.amparo.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform database. Thread-safe; every call opens, uses and closes its own connection.
 *
 * @since 1.0
 */
@ProviderType
public interface Database {
    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     * A call made inside {@code work} on the same thread joins the outer transaction.
     *
     * @throws PersistenceException when the database fails (the cause is logged, never returned)
     */
    <T> T inTransaction(TransactionWork<T> work);

    /** Like {@link #inTransaction(TransactionWork)} for work that returns nothing. */
    default void run(TransactionWork.Void work) {
        inTransaction(tx -> {
            work.execute(tx);
            return null;
        });
    }

    /**
     * Applies the migrations of {@code schema} found next to {@code owner} ({@code /db/<schema>/V001.sql},
     * ...) that have not been applied yet, each in its own transaction, in order, once. A migration
     * whose content changed after it was applied is refused.
     *
     * @return how many migrations were applied now
     * @throws PersistenceException if a migration fails (it is rolled back) or was altered
     */
    int migrate(String schema, Class<?> owner);

    /** The migrations applied so far for {@code schema}, oldest first. */
    java.util.List<AppliedMigration> history(String schema);

    /** The database product and version, e.g. {@code Apache Derby 10.14.2.0}, for health reports. */
    String product();
}
