package org.amparo.persistence;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns the current row of a result into a value.
 *
 * @since 1.0
 */
@ConsumerType
@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row);
}
