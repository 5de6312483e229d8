package org.amparo.screening;

import java.util.List;

/**
 * A choice of a choice question.
 *
 * @param id unique within its question; what an answer holds
 * @param labelKey message key of its label
 * @param indicators indicator references ({@code scheme:dimension/item}) that this choice, when
 *        selected, shows as present
 * @since 1.0
 */
public record Option(String id, String labelKey, List<String> indicators) {
    public Option {
        indicators = List.copyOf(indicators);
    }
}
