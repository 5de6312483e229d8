package org.amparo.modules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A module and its state.
 *
 * @param id             lower-case words with dashes, e.g. {@code child-protection}
 * @param nameKey        message key of its display name
 * @param descriptionKey message key of a one-sentence description
 * @param dependsOn      ids of the modules it needs switched on
 * @param enabled        whether it is on
 * @param changedAt      when it was last switched, or null if never (its default applies)
 * @param changedBy      who switched it last, or empty
 * @since 1.0
 */
public record ModuleInfo(String id, String nameKey, String descriptionKey, List<String> dependsOn, boolean enabled,
        Instant changedAt, String changedBy) {
    public ModuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        dependsOn = List.copyOf(dependsOn);
        changedBy = changedBy == null ? "" : changedBy;
    }

    /** The {@code osgi.condition.id} registered while this module is on. */
    public String conditionId() {
        return ModuleRegistry.CONDITION_PREFIX + id;
    }
}
