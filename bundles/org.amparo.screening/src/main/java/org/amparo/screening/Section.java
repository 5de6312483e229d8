package org.amparo.screening;

import java.util.List;

/**
 * A group of questions asked together.
 *
 * @param id unique in its instrument
 * @param titleKey message key of its title
 * @param questions the questions, in the order asked
 * @since 1.0
 */
public record Section(String id, String titleKey, List<Question> questions) {
    public Section {
        questions = List.copyOf(questions);
    }
}
