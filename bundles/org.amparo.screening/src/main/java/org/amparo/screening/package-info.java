/**
 * Screening: versioned screening instruments (questions, skip conditions, indicator lists, rules),
 * and the determination engine that turns a person's answers into explained results — indicator
 * outcomes per list, a vulnerability profile, flags and service needs.
 *
 * <p>Everything here is data: instruments are read from JSON files of this bundle and from country
 * packs, never written in code. Results are decision support for a caseworker; none of them is a
 * legal identification, which stays with the competent national authority.
 *
 * <p>Nullness: parameters and return values are never {@code null} unless the documentation says
 * so; record components that may be {@code null} say so.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.amparo.screening;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
