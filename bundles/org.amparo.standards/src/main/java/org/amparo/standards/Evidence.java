package org.amparo.standards;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a text rests on, with the confidence tags of the project's domain brief.
 *
 * @param confidence {@code V} (checked against a source), {@code P} (partly checked), {@code GK}
 *        (general knowledge, not checked) or {@code U} (uncertain); only {@code V} is shown as
 *        settled, the web labels the others "not verified" ({@code standards.confidence.<tag>})
 * @param sources URLs it was checked against (may be empty)
 * @param verifiedOn when someone last checked it, or {@code null}
 * @param noteKey message key of a caveat, or {@code null}
 * @since 1.0
 */
public record Evidence(String confidence, List<String> sources, LocalDate verifiedOn, String noteKey) {
    public Evidence {
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(sources);
    }

    /** True only for {@code V}. */
    public boolean verified() {
        return "V".equals(confidence);
    }

    /** The message key of the confidence label, e.g. {@code standards.confidence.GK}. */
    public String labelKey() {
        return "standards.confidence." + confidence;
    }
}
