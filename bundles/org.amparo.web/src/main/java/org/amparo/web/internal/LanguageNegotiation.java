package org.amparo.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.amparo.common.LanguageTag;
import org.amparo.common.ValidationException;

/**
 * Chooses the language of a response: the signed-in session's language, else the
 * {@code AMPARO_LANG} cookie, else the browser's {@code Accept-Language} matched against the
 * languages that have texts, else English. Candidates that are malformed or not offered are
 * skipped, never an error.
 */
final class LanguageNegotiation {
    private LanguageNegotiation() {
    }

    static LanguageTag choose(String sessionLanguage, String cookieLanguage, String acceptLanguage,
            List<LanguageTag> available) {
        return supported(sessionLanguage, available)
                .or(() -> supported(cookieLanguage, available))
                .or(() -> fromAcceptLanguage(acceptLanguage, available))
                .orElse(LanguageTag.ENGLISH);
    }

    /**
     * The offered language for {@code candidate}: the same tag, else an offered tag with the same
     * primary language ({@code fr-CA} gives {@code fr}).
     */
    static Optional<LanguageTag> supported(String candidate, List<LanguageTag> available) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 35) {
            return Optional.empty();
        }
        LanguageTag tag;
        try {
            tag = LanguageTag.of(candidate.trim());
        } catch (ValidationException e) {
            return Optional.empty();
        }
        for (LanguageTag offered : available) {
            if (offered.value().equalsIgnoreCase(tag.value())) {
                return Optional.of(offered);
            }
        }
        for (LanguageTag offered : available) {
            if (offered.language().equals(tag.language())) {
                return Optional.of(offered);
            }
        }
        return Optional.empty();
    }

    /** The best offered language for an {@code Accept-Language} header, by weight; empty if none fits. */
    static Optional<LanguageTag> fromAcceptLanguage(String header, List<LanguageTag> available) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0 || range.getRange().startsWith("*")) {
                continue;
            }
            Optional<LanguageTag> match = supported(range.getRange(), available);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
