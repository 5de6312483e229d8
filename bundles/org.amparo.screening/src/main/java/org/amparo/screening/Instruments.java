package org.amparo.screening;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The screening instruments known to the platform: every version of the core instruments (read and
 * validated when this bundle starts), and the additions of country packs — the operating country's
 * current revision for new screenings, and any revision the country-pack extender stored for
 * screenings made with it. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface Instruments {
    /** The set a new screening uses: the newest version of each instrument, with the current pack additions. */
    InstrumentSet current();

    /** Every version of instrument {@code id}, oldest first (empty if unknown). */
    List<Instrument> versions(String id);

    /** One exact version of instrument {@code id}. */
    Optional<Instrument> instrument(String id, String version);

    /**
     * The exact set a screening used, to re-display it as it was. Empty when a part is no longer
     * known (e.g. the addition of a pack revision that was never stored).
     */
    Optional<InstrumentSet> set(SetReference reference);

    /**
     * The text of a national message key ({@code country.<cc>.…}: a question, help, option, note or
     * flag label of a country addition) in {@code language} (a BCP 47 tag such as {@code fr}), falling
     * back to English, exactly as pack revision {@code revision} of {@code country} defined it. This is
     * how a screening that used a pack revision is shown after the pack was updated or removed, when
     * the pack's own message bundles no longer hold that key or hold another wording. Empty when the
     * revision or key is unknown, or no country packs are installed.
     *
     * <p>The default implementation knows no national texts.
     *
     * @since 1.1
     */
    default Optional<String> nationalText(String country, String revision, String key, String language) {
        return Optional.empty();
    }

    /**
     * Why the screening additions of pack revision {@code revision} of {@code country} are left out
     * of {@link #current()}: they refer to a core question, flag, factor, list, indicator or service
     * that does not exist, or do not compile with the core instruments (the country-pack extender
     * cannot check those, so it publishes such a pack and this service leaves its additions out,
     * logging a warning). Each problem names the file, line and field. Empty when the additions are
     * used, or when the revision has none.
     *
     * <p>The default implementation reports no problems.
     *
     * @since 1.1
     */
    default List<ScreeningProblem> nationalProblems(String country, String revision) {
        return List.of();
    }
}
