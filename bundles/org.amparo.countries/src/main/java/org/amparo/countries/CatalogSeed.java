package org.amparo.countries;

import java.util.List;
import java.util.Map;

/**
 * A catalogue-seed bundle (an HSDS 3.0 CSV datapackage) installed for a country, as checked by the
 * extender. Loading it into the service catalogue is the catalogue's work.
 *
 * @param symbolicName the seed bundle
 * @param version its version
 * @param rows rows per resource (e.g. {@code organizations -> 4}); empty when refused
 * @param problems why it was refused (empty when valid)
 * @since 1.0
 */
public record CatalogSeed(String symbolicName, String version, Map<String, Integer> rows, List<PackProblem> problems) {
    public CatalogSeed {
        rows = Map.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
