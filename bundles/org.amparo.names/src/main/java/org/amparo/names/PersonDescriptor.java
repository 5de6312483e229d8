package org.amparo.names;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the duplicate check knows of a person.
 *
 * @param names                the names the person is known by, in any script (as given, the
 *                             Latin form, aliases); may be empty, never contains null
 * @param dateOfBirth          the date of birth, or null if unknown
 * @param dateOfBirthEstimated whether the date of birth is an estimate (an assessed age, a year
 *                             only); always false when there is no date
 * @param nationality          ISO 3166-1 alpha-2 code (upper-cased here), or null if unknown or
 *                             stateless
 * @since 1.0
 */
public record PersonDescriptor(List<String> names, LocalDate dateOfBirth, boolean dateOfBirthEstimated,
        String nationality) {

    public PersonDescriptor {
        Objects.requireNonNull(names, "names");
        for (String n : names) {
            Objects.requireNonNull(n, "names contains null");
        }
        names = List.copyOf(names);
        if (dateOfBirth == null) {
            dateOfBirthEstimated = false;
        }
        if (nationality != null) {
            if (!nationality.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("nationality must be an ISO 3166-1 alpha-2 code");
            }
            nationality = nationality.toUpperCase(Locale.ROOT);
        }
    }

    /** A person known by these names only. */
    public static PersonDescriptor ofNames(String... names) {
        return new PersonDescriptor(List.of(names), null, false, null);
    }

    /** Leaves out names and date, which are personal data. */
    @Override
    public String toString() {
        return "PersonDescriptor[names=" + names.size() + ", dateOfBirth=" + (dateOfBirth == null ? "unknown" : "known")
                + ", nationality=" + (nationality == null ? "unknown" : "known") + "]";
    }
}
