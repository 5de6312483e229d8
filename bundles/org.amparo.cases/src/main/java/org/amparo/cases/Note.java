package org.amparo.cases;

import java.time.Instant;

/**
 * A note on a case. Notes are never edited or deleted.
 *
 * @since 1.0
 */
public record Note(long id, long caseId, String author, Instant createdAt, String text) {
}
