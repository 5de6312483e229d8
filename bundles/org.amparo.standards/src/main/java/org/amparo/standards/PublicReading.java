package org.amparo.standards;

import org.amparo.cases.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The switch that opens the library, read-only, to anyone without an account. Closed until a country
 * administrator opens it. Thread-safe; kept in the database.
 *
 * @since 1.0
 */
@ProviderType
public interface PublicReading {
    /** True when the library may be read without an account. Anyone may ask. */
    boolean isPublic();

    /** The setting with who changed it last. */
    PublicReadingSetting setting();

    /**
     * Opens or closes the library to people without an account; recorded in the audit log.
     *
     * @throws org.amparo.common.AccessDeniedException unless {@code actor} is a country administrator
     *         (the refusal is audited too)
     */
    PublicReadingSetting setPublic(Actor actor, boolean open);
}
