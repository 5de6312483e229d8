package org.amparo.common;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Looks up user-visible text by message key. Bundles contribute messages as
 * {@code OSGI-INF/amparo/l10n/<name>.properties} (English) and
 * {@code <name>_<lang>.properties} (other languages, UTF-8); language bundles may add languages for
 * keys that other bundles define.
 *
 * <p>Thread-safe. Arguments replace {@code {0}}, {@code {1}}, ... in the text.
 *
 * @since 1.0
 */
@ProviderType
public interface Messages {
    /**
     * The text of {@code key} in {@code language}, falling back to the language without region,
     * then to English. A key known in no language is returned in brackets, e.g. {@code [x.y]},
     * so that a missing text is visible but never breaks a page.
     */
    String get(LanguageTag language, String key, Object... arguments);

    /** True if some bundle defines {@code key} in English. */
    boolean has(String key);

    /** The languages offered in the language switch, English first, each with at least one text. */
    List<LanguageTag> languages();
}
