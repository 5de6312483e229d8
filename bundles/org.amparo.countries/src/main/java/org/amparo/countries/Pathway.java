package org.amparo.countries;

import java.util.List;

/**
 * A national referral pathway: the procedure for one type of case.
 *
 * @param id unique in the pack
 * @param caseType {@code trafficking}, {@code smuggling}, {@code child} or {@code other-vulnerable}
 * @param titleKey its name
 * @param steps in order
 * @since 1.0
 */
public record Pathway(String id, String caseType, String titleKey, List<Step> steps) {
    public Pathway {
        steps = List.copyOf(steps);
    }

    /**
     * One step.
     *
     * @param id unique in the pathway
     * @param titleKey what is done
     * @param responsibleKey who does it, or {@code null}
     * @param deadlineDays days allowed, or {@code null} when the sources give no deadline
     * @param deadlineFrom {@code identification} or {@code previous-step}; {@code null} without a deadline
     * @param basis law or provision references ({@code lawId} or {@code lawId#provisionId})
     * @param evidence what this rests on
     */
    public record Step(String id, String titleKey, String responsibleKey, Integer deadlineDays, String deadlineFrom,
            List<String> basis, Evidence evidence) {
        public Step {
            basis = List.copyOf(basis);
        }
    }
}
