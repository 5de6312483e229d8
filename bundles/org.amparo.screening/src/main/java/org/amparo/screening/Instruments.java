package org.amparo.screening;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The screening instruments known to the platform: every version of the core instruments (read and
 * validated when this bundle starts), and the additions of the operating country's pack. Thread-safe.
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
}
