package org.amparo.countries;

import java.nio.file.Path;
import java.time.LocalDate;

import org.amparo.countries.internal.Validation;

/**
 * Validates a country pack laid out in a folder exactly as in its bundle ({@code amparo/country/...},
 * {@code OSGI-INF/amparo/l10n/...}), with the same rules the platform applies when the pack is
 * installed. For a pack's own build: a test calls it on {@code src/main/resources}.
 *
 * @since 1.0
 */
public final class PackValidator {
    private PackValidator() {
    }

    /**
     * @param resourcesRoot the folder holding {@code amparo/country/country.json}
     * @param capabilityCode the {@code code} the bundle's {@code amparo.country} capability declares
     */
    public static PackReport validate(Path resourcesRoot, String capabilityCode) {
        return Validation.validate(resourcesRoot, capabilityCode, LocalDate.now());
    }

    /** Validates a pack whose capability code is read from {@code country.json} itself. */
    public static PackReport validate(Path resourcesRoot) {
        return Validation.validate(resourcesRoot, null, LocalDate.now());
    }

    /**
     * Validates a catalogue seed laid out as in its bundle ({@code amparo/catalog/datapackage.json}
     * and its CSV files).
     */
    public static PackReport validateCatalogSeed(Path resourcesRoot) {
        return Validation.validateSeed(resourcesRoot);
    }
}
