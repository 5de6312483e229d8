package org.amparo.persistence;

import java.time.Instant;
import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The current row of a query result. Columns are named case-insensitively or numbered from 1.
 * Getters of object types return {@code null} for SQL NULL.
 *
 * @since 1.0
 */
@ProviderType
public interface Row {
    String getString(String column);

    long getLong(String column);

    long getLong(int column);

    Long getNullableLong(String column);

    int getInt(String column);

    boolean getBoolean(String column);

    Instant getInstant(String column);

    LocalDate getLocalDate(String column);

    byte[] getBytes(String column);
}
