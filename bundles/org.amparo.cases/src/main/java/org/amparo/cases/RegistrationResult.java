package org.amparo.cases;

import java.util.List;

/**
 * What came of a registration: the person registered, or possible duplicates to look at first.
 *
 * @since 1.0
 */
public sealed interface RegistrationResult {
    /** The person was registered with the consent decision. */
    record Registered(Person person, List<Consent> consents) implements RegistrationResult {
        public Registered {
            consents = List.copyOf(consents);
        }
    }

    /**
     * Nothing was stored: the person may already be registered. Repeat with
     * {@link Registration#notADuplicate()} to register anyway.
     */
    record PossibleDuplicates(List<DuplicateCandidate> candidates) implements RegistrationResult {
        public PossibleDuplicates {
            candidates = List.copyOf(candidates);
        }
    }
}
