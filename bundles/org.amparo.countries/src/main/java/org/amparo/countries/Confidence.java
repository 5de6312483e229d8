package org.amparo.countries;

/**
 * How well a fact was checked (the tags of the project's domain brief).
 *
 * @since 1.0
 */
public enum Confidence {
    /** Checked against the source given. */
    V,
    /** Partly checked, or checked against a secondary source only. */
    P,
    /** General knowledge, not checked against a source. */
    GK,
    /** Uncertain or unknown. */
    U;

    /** Only {@link #V} is presented as settled; everything else carries a "not verified" label. */
    public boolean verified() {
        return this == V;
    }
}
