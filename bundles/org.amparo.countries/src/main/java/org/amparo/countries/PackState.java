package org.amparo.countries;

/**
 * Where a country pack stands.
 *
 * @since 1.0
 */
public enum PackState {
    /** Installed; being validated and stored. */
    LOADING,
    /** Installed, valid and published. */
    ACTIVE,
    /** Installed but refused: see its problems. Nothing of it was stored or published. */
    REFUSED,
    /** Uninstalled; what records used stays readable. */
    REMOVED
}
