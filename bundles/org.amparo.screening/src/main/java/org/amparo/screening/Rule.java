package org.amparo.screening;

import java.util.List;
import java.util.Objects;

/**
 * When {@code when} is met, raise {@code flag} or note the service need {@code need}; exactly one
 * of the two is set.
 *
 * @param id unique among the instruments used together; named in explanations
 * @param when the condition
 * @param flag a flag id, or {@code null}
 * @param need a protection-taxonomy id, or {@code null}
 * @param basis what the rule rests on
 * @since 1.0
 */
public record Rule(String id, Condition when, String flag, String need, List<Basis> basis) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        if ((flag == null) == (need == null)) {
            throw new IllegalArgumentException("a rule raises a flag or notes a need, not both");
        }
        basis = List.copyOf(basis);
    }
}
