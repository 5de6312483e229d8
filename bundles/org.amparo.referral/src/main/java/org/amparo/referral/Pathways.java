package org.amparo.referral;

import java.time.LocalDate;
import java.util.List;

import org.amparo.cases.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The referral pathways of the operating country's pack that fit a case (by its flags), as
 * checklists. Reading needs read access to the case, marking a step needs work access; both are
 * audited on the case.
 *
 * @since 1.0
 */
@ProviderType
public interface Pathways {
    /** The pathways for the case's flags; empty without an operating country pack or a flag. */
    List<Checklist> checklist(Actor actor, long caseId);

    /**
     * Marks a step done on {@code doneOn} (not in the future) with an optional note.
     *
     * @throws org.amparo.common.ValidationException for an unknown pathway or step, a missing or
     *         future date, a note too long
     * @throws org.amparo.common.ConflictException if the step is already marked done
     */
    List<Checklist> markDone(Actor actor, long caseId, String pathwayId, String stepId, LocalDate doneOn, String note);

    /** Takes a mark back (audited); a no-op for a step not marked. */
    List<Checklist> unmark(Actor actor, long caseId, String pathwayId, String stepId);
}
