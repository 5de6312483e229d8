package org.amparo.referral;

import java.util.List;

/**
 * A national referral pathway on a case, as a checklist.
 *
 * @param country    the pack's country code
 * @param revision   the pack revision the checklist is read from
 * @param pathwayId  the pathway's id in the pack
 * @param titleKey   its name (a message key of the pack)
 * @param caseType   {@code trafficking}, {@code smuggling}, {@code child} or {@code other-vulnerable}
 * @param steps      its steps in order
 * @param orphans    steps marked done on this case that the pack no longer has (kept, with the
 *                   title key they had)
 * @since 1.0
 */
public record Checklist(String country, String revision, String pathwayId, String titleKey, String caseType,
        List<ChecklistStep> steps, List<ChecklistStep> orphans) {
    public Checklist {
        steps = List.copyOf(steps);
        orphans = List.copyOf(orphans);
    }
}
