package org.amparo.screening;

import java.util.Locale;
import java.util.Optional;

/**
 * How strongly an indicator points to trafficking in one list.
 *
 * @since 1.0
 */
public enum Grade {
    STRONG,
    MEDIUM,
    WEAK;

    /** The id used in data files: {@code strong}, {@code medium} or {@code weak}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grade with data-file id {@code id}. */
    public static Optional<Grade> of(String id) {
        for (Grade value : values()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
