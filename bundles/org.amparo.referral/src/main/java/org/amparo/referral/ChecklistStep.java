package org.amparo.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a referral pathway on a case.
 *
 * @param stepId          the step's id in its pathway
 * @param titleKey        what is done (a message key of the country pack)
 * @param responsibleKey  who does it, or {@code null}
 * @param deadlineDays    the days the pack allows, or {@code null} when its sources give none
 * @param deadlineFrom    {@code identification} or {@code previous-step}, or {@code null}
 * @param dueOn           the day it is due: counted from the day the case was opened, or from the
 *                        day the previous step was done; {@code null} without a deadline or while
 *                        the previous step is not done
 * @param reflectionPeriod true when the step rests on a provision about the reflection period: its
 *                        due day is then the day that period ends
 * @param basis           the law provisions it rests on
 * @param confidence      how sure the pack's sources are of the step ({@code V}, {@code P}, ...)
 * @param doneOn          the day it was done, or {@code null}
 * @param doneBy          who marked it done, or {@code null}
 * @param note            the note given then, or empty
 * @since 1.0
 */
public record ChecklistStep(String stepId, String titleKey, String responsibleKey, Integer deadlineDays, String deadlineFrom,
        LocalDate dueOn, boolean reflectionPeriod, List<Basis> basis, String confidence, LocalDate doneOn, String doneBy, String note) {
    public ChecklistStep {
        basis = List.copyOf(basis);
        note = note == null ? "" : note;
    }

    /** True while not done and past its due day. */
    public boolean overdue(LocalDate today) {
        return doneOn == null && dueOn != null && today.isAfter(dueOn);
    }

    /**
     * A law or provision a step rests on.
     *
     * @param reference  {@code lawId} or {@code lawId#provisionId}
     * @param lawTitle   the law's official title, verbatim
     * @param citation   the provision's article or section, or empty for a whole law
     * @param topic      the provision's topic, or empty
     * @param summaryKey the summary's message key
     */
    public record Basis(String reference, String lawTitle, String citation, String topic, String summaryKey) {
    }
}
