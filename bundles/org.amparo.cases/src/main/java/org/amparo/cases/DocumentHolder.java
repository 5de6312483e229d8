package org.amparo.cases;

/**
 * Who holds an identity or travel document.
 *
 * @since 1.0
 */
public enum DocumentHolder {
    /** The person has it. */
    PERSON,
    /** Someone else keeps it from the person (an indicator of control). */
    WITHHELD_BY_OTHER,
    /** It was lost. */
    LOST,
    /** The person never had one. */
    NONE
}
