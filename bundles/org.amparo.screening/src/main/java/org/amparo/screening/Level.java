package org.amparo.screening;

import java.util.Locale;
import java.util.Optional;

/**
 * A level of the determinants of migrant vulnerability model, from the person outwards.
 *
 * @since 1.0
 */
public enum Level {
    INDIVIDUAL,
    HOUSEHOLD,
    COMMUNITY,
    STRUCTURAL;

    /** The id used in data files: {@code individual}, {@code household}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level with data-file id {@code id}. */
    public static Optional<Level> of(String id) {
        for (Level value : values()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
