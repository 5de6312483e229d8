package org.amparo.countries;

import java.time.LocalDate;
import java.util.List;

/**
 * What a fact rests on.
 *
 * @param confidence how well it was checked
 * @param sources URLs it was checked against (may be empty below {@link Confidence#P})
 * @param verifiedOn when someone last checked it, or {@code null}
 * @param noteKey message key of a caveat, or {@code null}
 * @since 1.0
 */
public record Evidence(Confidence confidence, List<String> sources, LocalDate verifiedOn, String noteKey) {
    public Evidence {
        sources = List.copyOf(sources);
    }
}
