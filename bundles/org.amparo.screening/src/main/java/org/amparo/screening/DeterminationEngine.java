package org.amparo.screening;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Computes determinations. Pure: the result depends only on the arguments, and nothing is stored or
 * logged. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface DeterminationEngine {
    /**
     * Compiles {@code set} once into a form that determines many screenings quickly.
     *
     * @throws InvalidDefinitionException if the set refers to questions, flags, lists or services it
     *         does not hold
     */
    PreparedScreening prepare(InstrumentSet set);

    /** {@code prepare(set).determine(answers, context)}, reusing the compiled form of the last sets seen. */
    Determination determine(InstrumentSet set, Answers answers, DeterminationContext context);
}
