/**
 * Person names across scripts: a Latin transliteration to suggest at registration, the match keys
 * to store for indexed look-up, and a scorer that says whether two registrations may be the same
 * person and why.
 *
 * <p>Everything here is plain Java: static methods and immutable records, safe to call from any
 * thread, no OSGi service to look up. The work is done on the caller's thread and takes
 * microseconds for a name; nothing is cached per name.
 *
 * <p>How the pieces fit (see {@code docs/decisions/0010-name-matching.md}):
 * <ol>
 * <li>At registration, {@link org.amparo.names.Transliteration#toLatin(String)} proposes the Latin
 * form of a name typed in its own script; the caseworker may correct it.</li>
 * <li>Every name a person is known by (as given, its Latin form, aliases) is turned into
 * {@link org.amparo.names.NameKeys#of(String) keys}, stored one row per key next to the person's id,
 * with an index on the key.</li>
 * <li>To find candidates for a new registration, or for a search box, compute the keys of the names
 * typed and select the ids whose rows hold one of them ({@code WHERE name_key IN (...)}): an
 * indexed equality look-up, never a scan of the person table.</li>
 * <li>Load only those candidates and rank them with
 * {@link org.amparo.names.DuplicateScorer#score(PersonDescriptor, PersonDescriptor)}; a
 * {@link org.amparo.names.Match} at or above
 * {@link org.amparo.names.DuplicateScorer#POSSIBLE_DUPLICATE} is shown as a possible duplicate with
 * its {@link org.amparo.names.Reason reasons}.</li>
 * </ol>
 *
 * <p>Names and dates of birth are personal data. Nothing in this package logs, and no exception
 * message or {@code toString()} of these types contains a name or a date.
 *
 * <p>Nothing in this package is {@code null} unless its documentation says so.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.amparo.names;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
