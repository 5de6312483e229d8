package org.amparo.catalog;

/**
 * The kind of top-level object an HSDS JSON document holds, as the HSDS API returns it: one object,
 * an array of them, or a page whose {@code contents} lists them.
 *
 * @since 1.0
 */
public enum HsdsObject {
    ORGANIZATION, SERVICE, SERVICE_AT_LOCATION, LOCATION, TAXONOMY, TAXONOMY_TERM
}
