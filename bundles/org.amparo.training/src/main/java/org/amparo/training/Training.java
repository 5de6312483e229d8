package org.amparo.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.security.Role;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Training modules, each user's own progress, completion reports, and the modules a role must have
 * completed before an action. Thread-safe. Registered only while the module {@code training} is on.
 *
 * <p>Every call that names an {@code actor} needs a user with at least one role; a user works only
 * on their own training. Changes are audited ({@code training.*}) by module and attempt number,
 * never with answers. Unknown modules raise {@link org.amparo.common.NotFoundException}
 * ({@code training.error.unknownModule}); refusals {@link org.amparo.common.AccessDeniedException},
 * audited as denied; bad input {@link org.amparo.common.ValidationException} naming each field.
 *
 * @since 1.0
 */
@ProviderType
public interface Training {
    /** The modules shipped, ordered by id. */
    List<TrainingModule> modules();

    /** The module with {@code id}, if shipped. */
    Optional<TrainingModule> module(String id);

    /** Enrols the actor in a module (once: enrolling again changes nothing) and returns their progress. */
    ModuleProgress enrol(Actor actor, String moduleId);

    /** The actor's progress in every module, in the order of {@link #modules()}. */
    List<ModuleProgress> progress(Actor actor);

    /** The actor's progress in one module. */
    ModuleProgress progress(Actor actor, String moduleId);

    /**
     * Records that the actor read a lesson (enrolling them first if they were not).
     *
     * @throws org.amparo.common.ValidationException {@code lessonId} for a lesson the module lacks
     */
    ModuleProgress markLessonRead(Actor actor, String moduleId, String lessonId);

    /**
     * Scores an attempt at the module's quiz and records it (enrolling the actor first if needed);
     * a passing attempt also records a completion. A user may retake the quiz as often as they like.
     *
     * @param answers question id to the ids of the options chosen; a question left out counts as
     *                answered wrongly
     * @throws org.amparo.common.ValidationException {@code answers.<question>} for an unknown
     *         question or option; nothing is recorded then
     */
    QuizResult submitQuiz(Actor actor, String moduleId, Map<String, Set<String>> answers);

    /**
     * Every user of an organisation against every module. For the organisation's supervisors and
     * for country administrators (any organisation); audited.
     */
    CompletionReport completionReport(Actor actor, long organisationId);

    /** The guarded actions a requirement may name (the constants of {@link org.amparo.cases.ActionGuard}). */
    List<String> actions();

    /** Every requirement, ordered by action, role and module. Requirements hold no personal data. */
    List<Requirement> requirements();

    /**
     * The modules the actor has still to complete before {@code action}, given the requirements of
     * all their roles; empty when nothing holds them back. For pages that say so before the user
     * starts; the guard checks again inside the action.
     */
    List<String> missing(Actor actor, String action);

    /**
     * Requires {@code moduleId} of {@code role} before {@code action}. Country administrators only;
     * audited. Requiring what is already required returns the existing requirement.
     *
     * @throws org.amparo.common.ValidationException {@code action}, {@code role} or {@code moduleId}
     *         when unknown
     */
    Requirement require(Actor actor, String action, Role role, String moduleId);

    /**
     * Drops a requirement. Country administrators only; audited.
     *
     * @throws org.amparo.common.NotFoundException when no such requirement exists
     *         ({@code training.error.noSuchRequirement})
     */
    void dropRequirement(Actor actor, String action, Role role, String moduleId);
}
