package org.amparo.cases;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registers persons, consent first, and keeps their consent history. Only caseworkers and
 * supervisors register and read persons: a caseworker the persons they registered or whose case
 * they may see, a supervisor the persons of their organisation. Every call is audited by id.
 * Refusals raise {@link org.amparo.common.AccessDeniedException} (audited),
 * {@link org.amparo.common.ValidationException} (every wrong field; nothing written) or
 * {@link org.amparo.common.NotFoundException}. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface PersonService {
    /**
     * Registers a person. Refused with a {@link org.amparo.common.ValidationException} on field
     * {@code consent} ({@code cases.consent.registrationRequired}) unless the decision gives
     * {@link ConsentPurpose#REGISTRATION}: without it nothing personal may be stored (record the
     * refusal with {@link #recordRefusal}). Possible duplicates stop the registration unless
     * {@link Registration#notADuplicate()} confirms them looked at. Everything is written in one
     * transaction.
     */
    RegistrationResult register(Actor actor, Registration registration);

    /**
     * Records that a person refused consent, without any personal data: the refusal is counted.
     * The decision must have {@code given == false}.
     */
    Consent recordRefusal(Actor actor, ConsentDecision refusal);

    /** How many anonymous refusals the actor's organisation recorded. */
    long refusals(Actor actor);

    Person get(Actor actor, long personId);

    /** Every consent decision of the person, withdrawn ones included, oldest first. */
    List<Consent> consents(Actor actor, long personId);

    /**
     * Records a further decision of a registered person (e.g. consent to a referral given later).
     */
    List<Consent> recordConsent(Actor actor, long personId, ConsentDecision decision);

    /**
     * Records that the person withdrew consent to {@code purpose} on {@code date}. The decision
     * stays in the history, marked withdrawn.
     *
     * @throws org.amparo.common.ConflictException ({@code cases.consent.notActive}) when there is no active consent to withdraw
     */
    Consent withdrawConsent(Actor actor, long personId, ConsentPurpose purpose, LocalDate date);

    /** Possible duplicates of a registered person among the persons of the actor's organisation. */
    List<DuplicateCandidate> duplicates(Actor actor, long personId);

    /**
     * Merges {@code mergedId} into {@code keptId}, two records of the same person in the actor's
     * organisation: the cases of the merged record move to the kept one; both records and their
     * consents stay. Audited; {@link #undoMerge} reverses it.
     *
     * @throws org.amparo.common.ValidationException without a reason, or for the same record twice
     * @throws org.amparo.common.ConflictException ({@code cases.merge.alreadyMerged}) when either record is already merged
     */
    PersonMerge merge(Actor actor, long keptId, long mergedId, String reason);

    /** Reverses a merge: the moved cases go back and the merged record is in use again. Audited. */
    PersonMerge undoMerge(Actor actor, long mergeId);

    /** The merges a record took part in, kept or merged, oldest first. */
    List<PersonMerge> merges(Actor actor, long personId);

    /**
     * Corrects or completes a registered person's details: the same checks as at registration, all
     * fields replaced at once, the Latin forms suggested again for names given without one, and the
     * name keys renewed. A location whose division has since been withdrawn may be kept unchanged.
     * Caseworkers who registered the person or work on one of their cases, and supervisors of the
     * organisation; not through emergency access. The change is recorded with the names of the
     * fields that changed (see {@link #changes}) and audited without values.
     *
     * @throws org.amparo.common.ValidationException for every wrong field at once; nothing is changed
     * @since 1.1
     */
    Person update(Actor actor, long personId, PersonDetails details);

    /** The changes made to a person's details after registration, oldest first. @since 1.1 */
    List<PersonChange> changes(Actor actor, long personId);
}
