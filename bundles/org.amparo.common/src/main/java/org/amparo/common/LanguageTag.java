package org.amparo.common;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A language as a BCP 47 tag ({@code en}, {@code fr}, {@code ar}, {@code lo}, {@code pt-BR}),
 * normalised, with its writing direction.
 *
 * @since 1.0
 */
public record LanguageTag(String value) {
    /** English: the platform's default language and the fallback for a missing translation. */
    public static final LanguageTag ENGLISH = new LanguageTag("en");

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "dv", "ckb", "yi", "nqo", "syr");

    public LanguageTag {
        Objects.requireNonNull(value, "value");
        Locale locale = Locale.forLanguageTag(value.replace('_', '-'));
        if (locale.getLanguage().isEmpty() || !value.replace('_', '-').matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw ValidationException.of("language", "error.language.invalid", value);
        }
        value = locale.toLanguageTag();
    }

    public static LanguageTag of(String value) {
        return new LanguageTag(value);
    }

    /** The primary language subtag, e.g. {@code pt} for {@code pt-BR}. */
    public String language() {
        return Locale.forLanguageTag(value).getLanguage();
    }

    public Locale toLocale() {
        return Locale.forLanguageTag(value);
    }

    /** True for scripts written right to left (Arabic, N'Ko, Hebrew, Persian, Urdu ...). */
    public boolean isRightToLeft() {
        return RIGHT_TO_LEFT.contains(language());
    }

    /** The HTML {@code dir} attribute value: {@code rtl} or {@code ltr}. */
    public String direction() {
        return isRightToLeft() ? "rtl" : "ltr";
    }

    @Override
    public String toString() {
        return value;
    }
}
