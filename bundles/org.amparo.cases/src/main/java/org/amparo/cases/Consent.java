package org.amparo.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One stored consent decision for one purpose. A withdrawal never deletes it: it is dated on it.
 *
 * @param id          its id
 * @param personId    the person, or {@code null} for an anonymous refusal
 * @param purpose     the purpose
 * @param given       whether consent was given
 * @param method      how it was obtained
 * @param language    the language the person was informed in
 * @param date        when the person decided
 * @param sharingWith organisation codes, for {@link ConsentPurpose#SHARING}
 * @param recordedBy  who recorded (and, for a verbal consent, certified) it
 * @param recordedAt  when it was recorded
 * @param withdrawnOn when the person withdrew it, or {@code null}
 * @param withdrawnBy who recorded the withdrawal, or {@code null}
 * @since 1.0
 */
public record Consent(long id, Long personId, ConsentPurpose purpose, boolean given, ConsentMethod method,
        String language, LocalDate date, Set<String> sharingWith, String recordedBy, Instant recordedAt,
        LocalDate withdrawnOn, String withdrawnBy) {
    public Consent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(method, "method");
        sharingWith = Set.copyOf(sharingWith);
    }

    /** True while consent is given and not withdrawn. */
    public boolean active() {
        return given && withdrawnOn == null;
    }
}
