package org.amparo.cases;

import java.util.List;
import java.util.Objects;

/**
 * Where a person currently is: a country pack's division, with the names of the division and its
 * enclosing divisions as they were when recorded, so that the record stays readable after the pack
 * changes or is removed.
 *
 * @param country    the country code
 * @param divisionId the division id in that country's pack
 * @param namePath   names from the top division down to this one, as recorded
 * @since 1.0
 */
public record Location(String country, String divisionId, List<String> namePath) {
    public Location {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(divisionId, "divisionId");
        namePath = List.copyOf(namePath);
    }
}
