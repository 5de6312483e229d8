package org.amparo.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Two records found to be the same person, merged: both records and their histories stay; the
 * merged record points to the kept one, whose cases now include the merged record's cases.
 *
 * @param id the merge
 * @param keptId the record that stays in use
 * @param mergedId the record merged into it (kept, marked merged)
 * @param mergedBy who merged
 * @param mergedAt when
 * @param reason why, as the caseworker stated it
 * @param movedCaseIds the cases moved from the merged record to the kept one
 * @param undoneBy who undid the merge, or {@code null}
 * @param undoneAt when, or {@code null}
 * @since 1.0
 */
public record PersonMerge(long id, long keptId, long mergedId, String mergedBy, Instant mergedAt, String reason,
        List<Long> movedCaseIds, String undoneBy, Instant undoneAt) {
    public PersonMerge {
        Objects.requireNonNull(mergedBy, "mergedBy");
        Objects.requireNonNull(mergedAt, "mergedAt");
        movedCaseIds = List.copyOf(movedCaseIds);
    }

    public boolean undone() {
        return undoneAt != null;
    }
}
