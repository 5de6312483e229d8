/**
 * Country packs: the national content (facts, laws, pathways, divisions, screening additions, a
 * catalogue seed) that a country installs as bundles without touching the core. The extender in
 * this bundle finds pack bundles by their {@code amparo.country} capability, validates them in full,
 * stores what records will need to stay readable, and publishes the content through
 * {@link org.amparo.countries.CountryPacks}. {@link org.amparo.countries.PackValidator} runs the same
 * validation outside OSGi, for a pack's own build.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.amparo.countries;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
