package org.amparo.cases;

import java.util.Objects;

/**
 * A request to register a person.
 *
 * @param consent            the person's consent decision; it must give {@link ConsentPurpose#REGISTRATION}
 * @param details            what to record
 * @param notADuplicate      true once the caseworker has looked at the possible duplicates and
 *                           confirms this is a different person; without it, registration stops at
 *                           the first possible duplicate
 * @since 1.0
 */
public record Registration(ConsentDecision consent, PersonDetails details, boolean notADuplicate) {
    public Registration {
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(details, "details");
    }
}
