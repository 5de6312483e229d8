package org.amparo.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the cases need from name matching: a Latin transliteration to suggest, the search keys of a
 * name (any script), and a likeness score between two persons. The platform's implementation is
 * backed by {@code org.amparo.names}; kept behind this seam so that the services do not depend on
 * the scorer's details.
 */
interface NameMatcher {
    /** The prefix of whole-name keys among {@link #keys}: two word skeletons of one name. */
    String WHOLE_NAME = "n:";

    String toLatin(String name);

    Set<String> keys(String name);

    /** The likeness of two persons when it reaches the duplicate threshold, else empty. */
    Optional<Likeness> compare(Descriptor a, Descriptor b);

    /** What is compared. */
    record Descriptor(List<String> names, LocalDate dateOfBirth, boolean dateOfBirthEstimated, String nationality) {
        public Descriptor {
            names = List.copyOf(names);
        }
    }

    /** How alike, 0 to 1, and why (reason codes). */
    record Likeness(double score, List<String> reasons) {
        public Likeness {
            reasons = List.copyOf(reasons);
        }
    }
}
