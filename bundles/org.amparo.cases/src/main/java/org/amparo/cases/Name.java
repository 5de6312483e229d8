package org.amparo.cases;

/**
 * A name as the person gives it, in their own script, with its Latin transliteration.
 *
 * @param original the name as given (any script)
 * @param latin    its Latin transliteration; empty to have one suggested
 * @since 1.0
 */
public record Name(String original, String latin) {
    public Name {
        original = original == null ? "" : original.strip();
        latin = latin == null ? "" : latin.strip();
    }
}
