package org.amparo.catalog;

/**
 * A taxonomy term linked to a service (through an HSDS attribute) or offered by a taxonomy.
 *
 * @param id the HSDS term id (a UUID)
 * @param code the term code; for the protection taxonomy, the need id used by screening
 *     ({@code shelter.emergency}, {@code legal-aid}, ...)
 * @param taxonomy the taxonomy name, e.g. {@value org.amparo.catalog.Catalog#PROTECTION_TAXONOMY}
 * @param name the name given in the data (English for built-in terms)
 * @param label the message key of the term's translated label, empty for terms of other taxonomies
 * @since 1.0
 */
public record Term(String id, String code, String taxonomy, String name, String label) {
}
