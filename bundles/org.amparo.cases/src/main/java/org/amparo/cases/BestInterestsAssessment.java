package org.amparo.cases;

import java.time.LocalDate;

/**
 * A best-interests assessment of a child (BIA): ongoing, less formal than a determination.
 *
 * @param assessedOn when it was made
 * @param assessor   who made it
 * @param summary    its conclusions
 * @since 1.0
 */
public record BestInterestsAssessment(LocalDate assessedOn, String assessor, String summary) {
    public BestInterestsAssessment {
        assessor = assessor == null ? "" : assessor.strip();
        summary = summary == null ? "" : summary.strip();
    }
}
