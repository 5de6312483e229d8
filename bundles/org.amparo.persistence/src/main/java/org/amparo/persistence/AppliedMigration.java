package org.amparo.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * A migration recorded as applied: schema, version, its description, a SHA-256 checksum of its
 * text and when it ran.
 *
 * @since 1.0
 */
public record AppliedMigration(String schema, int version, String description, String checksum, Instant appliedAt) {
    public AppliedMigration {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(appliedAt, "appliedAt");
    }
}
