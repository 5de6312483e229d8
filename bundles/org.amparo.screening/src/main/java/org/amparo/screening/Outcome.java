package org.amparo.screening;

/**
 * A result computed from answers that may be incomplete.
 *
 * @since 1.0
 */
public enum Outcome {
    /** The answers given meet the rule. */
    MET,
    /** The rule is not met, and would not be met whatever the missing answers turn out to be. */
    NOT_MET,
    /** Not met on the answers given, but missing ("unknown", "declined" or not yet asked) answers could change that. */
    UNDETERMINED
}
