package org.amparo.countries;

import java.time.Instant;
import java.util.List;

/**
 * One country pack as the console lists it.
 *
 * @param code the country code, or {@code null} when the bundle did not declare one
 * @param symbolicName the pack bundle's symbolic name
 * @param bundleId the bundle id while installed, {@code -1} once removed
 * @param version the bundle version
 * @param revision the content revision (a digest of every file) that records refer to; {@code null} unless stored
 * @param state where the pack stands
 * @param problems why the pack was refused (empty otherwise)
 * @param contents how much content the pack carries (zeros unless active)
 * @param translations languages added by installed language bundles for this country
 * @param catalogSeed the catalogue seed installed for this country, if any
 * @param changedAt when the state last changed
 * @since 1.0
 */
public record PackStatus(String code, String symbolicName, long bundleId, String version, String revision,
        PackState state, List<PackProblem> problems, PackContents contents, List<String> translations,
        CatalogSeed catalogSeed, Instant changedAt) {
    public PackStatus {
        problems = List.copyOf(problems);
        translations = List.copyOf(translations);
    }
}
