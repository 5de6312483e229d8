package org.amparo.catalog;

/**
 * A condition on who a service serves beyond its age range: {@code sex}, {@code nationality}
 * (ISO 3166-1 code) or {@code status} (e.g. {@code child}, {@code asylum-seeker}), given in the data
 * as an HSDS attribute of term {@code eligibility.<kind>} whose value is the accepted value.
 *
 * @since 1.0
 */
public record Eligibility(String kind, String value) {
}
