package org.amparo.screening;

/**
 * A coarse reading of the vulnerability profile, for sorting and follow-up; the factors are what
 * counts.
 *
 * @since 1.0
 */
public enum Rating {
    LOW,
    MODERATE,
    HIGH
}
