package org.amparo.screening;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An {@link InstrumentSet} compiled for determination. Immutable and thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface PreparedScreening {
    /** The set it was compiled from. */
    InstrumentSet set();

    /** The determination for {@code answers}. Answers to questions the set does not hold are ignored. */
    Determination determine(Answers answers, DeterminationContext context);
}
