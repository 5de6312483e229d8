package org.amparo.catalog;

import java.time.Instant;

/**
 * Provenance of a stored import: which source (a file, a seed bundle and version), in which format,
 * when and by whom.
 *
 * @since 1.0
 */
public record ImportRun(long id, String source, String format, String importedBy, Instant importedAt, int inserted, int updated) {
}
