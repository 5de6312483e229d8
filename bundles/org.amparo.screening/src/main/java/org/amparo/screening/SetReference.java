package org.amparo.screening;

import java.util.List;
import java.util.Objects;

/**
 * Names the exact versions a screening used, to find them again after instruments or packs changed.
 *
 * @param instruments {@code id@version} of each instrument
 * @param additions {@code CC@revision:instrument} of each country addition
 * @param indicatorLists {@code id@version} of each indicator list
 * @param rules {@code id@version} of the decision rules
 * @param taxonomy {@code id@version} of the protection taxonomy
 * @since 1.0
 */
public record SetReference(List<String> instruments, List<String> additions, List<String> indicatorLists,
        String rules, String taxonomy) {
    public SetReference {
        instruments = List.copyOf(instruments);
        additions = List.copyOf(additions);
        indicatorLists = List.copyOf(indicatorLists);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(taxonomy, "taxonomy");
    }
}
