package org.amparo.standards;

import java.time.Instant;

/**
 * Whether the library is open to people without an account, and who decided it.
 *
 * @param open true when anyone may read the library (read-only; never training records)
 * @param changedBy who last changed it, or {@code null} when it never was (closed)
 * @param changedAt when, or {@code null}
 * @since 1.0
 */
public record PublicReadingSetting(boolean open, String changedBy, Instant changedAt) {
}
