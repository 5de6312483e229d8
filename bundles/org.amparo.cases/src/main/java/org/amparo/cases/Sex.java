package org.amparo.cases;

/**
 * Sex as recorded at registration. Gender identity is a separate, optional free text.
 *
 * @since 1.0
 */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
