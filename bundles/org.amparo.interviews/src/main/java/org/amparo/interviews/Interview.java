package org.amparo.interviews;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.amparo.screening.AgeGroup;
import org.amparo.screening.Answers;
import org.amparo.screening.SetReference;

/**
 * One screening interview of a case.
 *
 * @param id             the interview's id
 * @param caseId         the case it belongs to
 * @param status         draft or completed
 * @param uses           the exact instrument versions, country additions, lists and rules it uses
 * @param personLanguage the language the person is interviewed in (BCP 47), shown beside the
 *                       caseworker's
 * @param ageGroup       screened as an adult or as a child (a child's case, or age in doubt)
 * @param answers        the answers so far
 * @param startedBy      who started it
 * @param startedAt      when
 * @param updatedAt      when answers last changed
 * @param completedBy    who completed it, or {@code null}
 * @param completedAt    when, or {@code null}
 * @param rerunOf        the interview this one re-runs under newer instruments, or {@code null}
 * @param rerunReason    why it was re-run (empty otherwise)
 * @param flags          the flags the determination raised when completed (empty before)
 * @param indicative     whether that determination rested on a list not yet verified
 * @since 1.0
 */
public record Interview(long id, long caseId, InterviewStatus status, SetReference uses, String personLanguage,
        AgeGroup ageGroup, Answers answers, String startedBy, Instant startedAt, Instant updatedAt, String completedBy,
        Instant completedAt, Long rerunOf, String rerunReason, List<String> flags, boolean indicative) {
    public Interview {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uses, "uses");
        Objects.requireNonNull(answers, "answers");
        rerunReason = rerunReason == null ? "" : rerunReason;
        flags = List.copyOf(flags);
    }
}
