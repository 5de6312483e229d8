package org.amparo.training;

import java.util.Objects;

/**
 * A short lesson.
 *
 * @param id          unique within its module
 * @param titleKey    message key of the title
 * @param textKey     message key of the text (a few paragraphs at most)
 * @param libraryItem id of the standards-library item the lesson rests on (e.g.
 *                    {@code best-interests}), for a "read the standard" link; empty when none. The
 *                    item may be missing when the library is off or does not have it: show no link then.
 * @since 1.0
 */
public record Lesson(String id, String titleKey, String textKey, String libraryItem) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(textKey, "textKey");
        libraryItem = libraryItem == null ? "" : libraryItem;
    }
}
