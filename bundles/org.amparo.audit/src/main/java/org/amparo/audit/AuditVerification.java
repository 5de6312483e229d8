package org.amparo.audit;

import java.util.Objects;

/**
 * The result of checking the chain.
 *
 * @param intact          true if every entry matches its hash and follows the previous one
 * @param entriesChecked  how many entries were read
 * @param firstBroken     sequence number of the first entry found altered, missing or out of
 *                        place; 0 when intact
 * @param problem         what is wrong there, as a message key ({@code audit.verify.altered},
 *                        {@code audit.verify.missing}, {@code audit.verify.truncated}); empty when intact
 * @since 1.0
 */
public record AuditVerification(boolean intact, long entriesChecked, long firstBroken, String problem) {
    public AuditVerification {
        Objects.requireNonNull(problem, "problem");
    }

    public static AuditVerification ok(long entriesChecked) {
        return new AuditVerification(true, entriesChecked, 0, "");
    }

    public static AuditVerification broken(long entriesChecked, long firstBroken, String problem) {
        return new AuditVerification(false, entriesChecked, firstBroken, problem);
    }
}
