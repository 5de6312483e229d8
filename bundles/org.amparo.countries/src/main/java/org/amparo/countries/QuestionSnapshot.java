package org.amparo.countries;

import java.util.Map;
import java.util.Optional;

/**
 * A national question as one pack revision defined it, with the texts that revision carried (and
 * translations installed while it was current), kept after the pack changed or left.
 *
 * @param country the country code
 * @param revision the pack revision
 * @param question the question
 * @param texts language ({@code en}, {@code fr}, ...) to message key to text
 * @since 1.0
 */
public record QuestionSnapshot(String country, String revision, NationalQuestion question,
        Map<String, Map<String, String>> texts) {
    public QuestionSnapshot {
        texts = Map.copyOf(texts);
    }

    /** The text of {@code key} in {@code language}, falling back to English. */
    public Optional<String> text(String language, String key) {
        String text = texts.getOrDefault(language, Map.of()).get(key);
        if (text == null) {
            text = texts.getOrDefault("en", Map.of()).get(key);
        }
        return Optional.ofNullable(text);
    }
}
