package org.amparo.standards;

/**
 * One value to browse by, with how many items have it.
 *
 * @param code the topic, audience or type code, or the country code ({@link LibraryFilter#INTERNATIONAL}
 *        for international items)
 * @param labelKey the message key of its name; for a country, the pack's name key, or
 *        {@code standards.label.international}
 * @param count how many items have it
 * @since 1.0
 */
public record Facet(String code, String labelKey, int count) {
}
