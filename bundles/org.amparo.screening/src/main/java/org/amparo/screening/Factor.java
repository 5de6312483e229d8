package org.amparo.screening;

import java.util.List;
import java.util.Objects;

/**
 * A risk or protective factor of the vulnerability profile, present when {@code when} is met.
 *
 * @param id unique among the instruments used together
 * @param labelKey message key of its label
 * @param level the level it belongs to
 * @param kind risk or protective
 * @param weight how much it counts in the level's rating (1 or more)
 * @param when when it is present
 * @param basis what it rests on
 * @since 1.0
 */
public record Factor(String id, String labelKey, Level level, FactorKind kind, int weight, Condition when,
        List<Basis> basis) {
    public Factor {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(when, "when");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
        basis = List.copyOf(basis);
    }
}
