package org.amparo.standards;

import java.util.Objects;

/**
 * A language an item can be read in.
 *
 * @param language BCP 47 tag, e.g. {@code lo}
 * @param unofficialTranslation true when the text in this language is a translation made by the
 *        project (or a pack) and not an official text; the web labels it
 *        ({@code standards.label.unofficialTranslation})
 * @since 1.0
 */
public record LanguageVersion(String language, boolean unofficialTranslation) {
    public LanguageVersion {
        Objects.requireNonNull(language, "language");
    }
}
