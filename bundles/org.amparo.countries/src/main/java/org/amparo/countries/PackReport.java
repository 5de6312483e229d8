package org.amparo.countries;

import java.util.List;

/**
 * The result of validating a pack.
 *
 * @param code the country code the pack declares, or {@code null}
 * @param problems every problem found (empty when valid)
 * @since 1.0
 */
public record PackReport(String code, List<PackProblem> problems) {
    public PackReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
