package org.amparo.screening;

/**
 * A flag that rules may raise, e.g. {@code possible-trafficking-victim}.
 *
 * @param id unique among the instruments used together
 * @param labelKey message key of its label
 * @param urgent whether it calls for action the same day (shown first)
 * @since 1.0
 */
public record FlagDefinition(String id, String labelKey, boolean urgent) {
}
