package org.amparo.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of a screening instrument. A released version never changes: a change of questions,
 * rules or wording is a new version, and every earlier version stays loadable so that a screening
 * made with it re-displays exactly as it was.
 *
 * @param id e.g. {@code trafficking-identification}, {@code vulnerability}, {@code smuggling}, {@code child}
 * @param version {@code major.minor.patch}
 * @param titleKey message key of its title
 * @param standards ids of the standards it draws on
 * @param sections its questions, in the order asked
 * @param factors vulnerability factors it defines
 * @param rating how factors become a rating, or {@code null} when it defines none
 * @param flags flags its rules raise
 * @param rules its rules
 * @param digest SHA-256 of the file it was read from (hex), to check that a stored screening refers
 *        to the same definition
 * @since 1.0
 */
public record Instrument(String id, String version, String titleKey, List<String> standards, List<Section> sections,
        List<Factor> factors, RatingScale rating, List<FlagDefinition> flags, List<Rule> rules, String digest) {
    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        standards = List.copyOf(standards);
        sections = List.copyOf(sections);
        factors = List.copyOf(factors);
        flags = List.copyOf(flags);
        rules = List.copyOf(rules);
    }

    /** All questions, in the order asked. */
    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    /** The question with id {@code questionId}. */
    public Optional<Question> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** {@code id@version}. */
    public String reference() {
        return id + "@" + version;
    }
}
