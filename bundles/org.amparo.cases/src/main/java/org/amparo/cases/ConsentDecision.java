package org.amparo.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A person's decision on one or more purposes, as the caseworker records it.
 *
 * @param purposes    the purposes decided on; at least one
 * @param sharingWith codes of the organisations data may be shared with; only with {@link ConsentPurpose#SHARING}
 * @param method      how the decision was obtained
 * @param language    the BCP 47 tag of the language the person was informed in
 * @param date        when the decision was made
 * @param given       true if consent was given, false if it was refused
 * @since 1.0
 */
public record ConsentDecision(Set<ConsentPurpose> purposes, Set<String> sharingWith, ConsentMethod method,
        String language, LocalDate date, boolean given) {
    public ConsentDecision {
        purposes = Set.copyOf(Objects.requireNonNull(purposes, "purposes"));
        sharingWith = sharingWith == null ? Set.of() : Set.copyOf(sharingWith);
        language = language == null ? "" : language;
    }

    public boolean gives(ConsentPurpose purpose) {
        return given && purposes.contains(purpose);
    }
}
