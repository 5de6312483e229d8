package org.amparo.interviews;

import java.time.Instant;

/**
 * A country administrator's statement that an indicator list was (or is no longer) checked against
 * its official text. Until a list is verified, results computed from it are shown as indicative.
 *
 * @param listId     the indicator list
 * @param verified   checked against the official text
 * @param note       what was checked, e.g. the document and edition
 * @param decidedBy  the administrator
 * @param decidedAt  when
 * @since 1.0
 */
public record ListVerification(String listId, boolean verified, String note, String decidedBy, Instant decidedAt) {
}
