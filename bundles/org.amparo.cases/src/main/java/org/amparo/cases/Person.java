package org.amparo.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered person.
 *
 * @param id             the person's id
 * @param details        what was recorded, with transliterations filled in
 * @param location       the current location with its recorded names, or {@code null}
 * @param child          true when any recorded age or date of birth is under the age of majority
 *                       (benefit of the doubt), computed when read
 * @param organisationId the organisation that registered the person
 * @param createdBy      who registered the person
 * @param createdAt      when
 * @since 1.0
 */
public record Person(long id, PersonDetails details, Location location, boolean child, long organisationId,
        String createdBy, Instant createdAt) {
    public Person {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
