package org.amparo.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something to do on a case by a date.
 *
 * @param overdue true when not done and the due date has passed (computed when read)
 * @param doneAt  when it was done, or {@code null}
 * @since 1.0
 */
public record CaseTask(long id, long caseId, String title, LocalDate dueOn, String createdBy, Instant doneAt,
        boolean overdue) {
    public boolean done() {
        return doneAt != null;
    }
}
