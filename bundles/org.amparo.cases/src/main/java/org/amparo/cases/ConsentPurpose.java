package org.amparo.cases;

/**
 * What a person may consent to, each on its own.
 *
 * @since 1.0
 */
public enum ConsentPurpose {
    /** Storing the person's data at all: needed before anything personal is written. */
    REGISTRATION,
    /** Being assisted (screening, assessment, a case plan). */
    ASSISTANCE,
    /** Being referred to a service provider. */
    REFERRAL,
    /** Sharing data with the organisations named in the decision. */
    SHARING
}
