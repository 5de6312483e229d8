package org.amparo.screening;

/**
 * Whether a vulnerability factor adds to the risk or protects.
 *
 * @since 1.0
 */
public enum FactorKind {
    RISK,
    PROTECTIVE
}
