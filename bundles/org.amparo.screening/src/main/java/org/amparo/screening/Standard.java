package org.amparo.screening;

import java.util.List;
import java.util.Objects;

import org.amparo.countries.Confidence;

/**
 * An international standard, guideline or practice that instruments cite.
 *
 * @param id stable id, e.g. {@code ilo-ec-delphi-2009}
 * @param titleKey message key of its title
 * @param confidence how well what Amparo takes from it was checked; anything but {@code V} is shown
 *        as not verified
 * @param sources URLs it was checked against
 * @param noteKey message key of a caveat, or {@code null}
 * @since 1.0
 */
public record Standard(String id, String titleKey, Confidence confidence, List<String> sources, String noteKey) {
    public Standard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(sources);
    }
}
