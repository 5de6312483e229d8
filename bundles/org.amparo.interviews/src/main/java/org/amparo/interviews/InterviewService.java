package org.amparo.interviews;

import java.util.List;
import java.util.Map;

import org.amparo.cases.Actor;
import org.amparo.screening.Answer;
import org.amparo.screening.Determination;
import org.amparo.screening.InstrumentSet;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Screening interviews. Reading follows reading the case (emergency access included); starting,
 * answering, completing and re-running follow working on it. Every call is audited by id; a
 * refusal raises {@link org.amparo.common.AccessDeniedException}, a wrong answer a
 * {@link org.amparo.common.ValidationException} naming {@code answers.<question id>} (nothing is
 * saved), a step out of order a {@link org.amparo.common.ConflictException}. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface InterviewService {
    /** Starts a draft with the instruments current now, for a child if the case is a child's. */
    Interview start(Actor actor, long caseId, String personLanguage);

    Interview get(Actor actor, long interviewId);

    /** The interviews of a case, newest first. */
    List<Interview> ofCase(Actor actor, long caseId);

    /**
     * Saves answers to a draft, replacing earlier answers to the same questions. Each answer is
     * checked against its question: a known question of the interview's instruments, yes or no,
     * options it offers, a number, a date; "unknown" and "declined" are always accepted.
     */
    Interview answer(Actor actor, long interviewId, Map<String, Answer> answers);

    /** Completes a draft: its answers become final and its determination is kept. */
    Interview complete(Actor actor, long interviewId);

    /**
     * Re-runs a completed interview under the instruments current now: a new draft with the
     * answers to the questions that still exist, linked to the old one, which stays as it was.
     * Needs a reason; audited.
     */
    Interview rerun(Actor actor, long interviewId, String reason);

    /**
     * The determination: for a completed interview, exactly as it was computed with the versions
     * it used; for a draft, a preview of the answers so far.
     *
     * @throws org.amparo.common.ConflictException ({@code interviews.versionsUnavailable}) when a
     *         version it used can no longer be found
     */
    Determination determination(Actor actor, long interviewId);

    /** The exact instruments the interview uses, to show its questions as they were asked. */
    InstrumentSet instruments(Actor actor, long interviewId);
}
