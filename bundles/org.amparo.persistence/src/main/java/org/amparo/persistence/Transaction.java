package org.amparo.persistence;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Statements inside one transaction. Parameters bind to {@code ?} in order; supported types are
 * {@link String}, {@link Integer}, {@link Long}, {@link Boolean}, {@link java.time.Instant},
 * {@link java.time.LocalDate}, {@code byte[]}, enums (stored by name) and {@code null}.
 *
 * <p>Valid only inside the {@link TransactionWork} it was given to; not thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface Transaction {
    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows changed. */
    int update(String sql, Object... parameters);

    /**
     * Runs one INSERT, UPDATE or DELETE once per parameter row, sent to the database in batches;
     * for loading many rows (a country's divisions) in one transaction.
     *
     * @return the total number of rows changed
     * @since 1.1
     */
    int batch(String sql, List<Object[]> rows);

    /** Runs an INSERT into a table with an identity column and returns the generated key. */
    long insertReturningKey(String sql, Object... parameters);

    /** Runs a query and maps every row. Use {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY} to page. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters);

    /** Runs a query expected to return at most one row. */
    default <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new PersistenceException("error.database.tooManyRows");
        }
        return rows.stream().findFirst();
    }

    /** Runs a query returning one number, such as {@code SELECT COUNT(*) ...}. */
    default long queryLong(String sql, Object... parameters) {
        return queryOne(sql, row -> row.getLong(1), parameters).orElse(0L);
    }
}
