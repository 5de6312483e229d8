package org.amparo.cases;

import java.util.Set;

/**
 * The steps of case management, in order. A case moves one step forward at a time; it is closed
 * only through an approved closure request, from any open step; a closed case is reopened to
 * {@link #INTAKE} or {@link #FOLLOW_UP}.
 *
 * @since 1.0
 */
public enum CaseStatus {
    IDENTIFICATION, INTAKE, SCREENING, ASSESSMENT, CASE_PLAN, IMPLEMENTATION, FOLLOW_UP, CLOSED;

    /** The steps a caseworker may move this status to directly (closure needs an approval). */
    public Set<CaseStatus> next() {
        return switch (this) {
            case FOLLOW_UP -> Set.of();
            case CLOSED -> Set.of(INTAKE, FOLLOW_UP);
            default -> Set.of(values()[ordinal() + 1]);
        };
    }

    public boolean open() {
        return this != CLOSED;
    }
}
