package org.amparo.cases;

import java.time.LocalDate;

/**
 * An assessed age range, with how, when and by whom. The lower end counts (benefit of the doubt).
 *
 * @param minimumAge lower end of the range, in years
 * @param maximumAge upper end of the range, in years
 * @param method     how the age was assessed
 * @param assessedOn when
 * @param assessedBy who decided (a person or a body)
 * @since 1.0
 */
public record AgeAssessment(int minimumAge, int maximumAge, String method, LocalDate assessedOn, String assessedBy) {
    public AgeAssessment {
        method = method == null ? "" : method.strip();
        assessedBy = assessedBy == null ? "" : assessedBy.strip();
    }
}
