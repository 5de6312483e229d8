/**
 * The standards and guidance library: summaries, in the project's own words, of the international
 * instruments, guidance, principles and indicator lists the platform rests on, and the national
 * laws and procedures that installed country packs carry; browsed by topic, audience, country and
 * type, searched in every language they are written in (Lao without spaces between words, Arabic
 * with or without diacritics), and linked both ways to the places of the platform that apply them
 * ({@link org.amparo.standards.Place}: a screening question, a case workflow step, a referral
 * pathway step).
 *
 * <p>{@link org.amparo.standards.Library} reads the library; it is there only while the module
 * {@code standards-library} is switched on. {@link org.amparo.standards.PublicReading} says whether a
 * country administrator opened the library, read-only, to people without an account.
 *
 * <p>Texts of items are data, keyed by BCP 47 language tag ({@code en}, {@code fr}, {@code ar},
 * {@code lo} ...); names of types, topics, audiences and labels are message keys
 * ({@code standards.type.<code>}, {@code standards.topic.<code>}, {@code standards.audience.<code>}).
 *
 * <p>Nullness: parameters and return values are never {@code null} unless the documentation says
 * so; record components that may be {@code null} say so.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.amparo.standards;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
