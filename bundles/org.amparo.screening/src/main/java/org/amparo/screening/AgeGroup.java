package org.amparo.screening;

import java.util.Locale;
import java.util.Optional;

/**
 * The age group a screening is run for. A person whose age is in serious doubt is screened as a
 * child until an age assessment decides otherwise (benefit of the doubt).
 *
 * @since 1.0
 */
public enum AgeGroup {
    /** 18 or over. */
    ADULT,
    /** Under 18. */
    CHILD;

    /** The id used in data files: {@code adult} or {@code child}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group with data-file id {@code id}. */
    public static Optional<AgeGroup> of(String id) {
        for (AgeGroup group : values()) {
            if (group.id().equals(id)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
