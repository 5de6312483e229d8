package org.amparo.web.internal;

import java.util.List;

import org.amparo.common.LanguageTag;
import org.amparo.common.Languages;

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
        return Languages.supported(sessionLanguage, available)
                .or(() -> Languages.supported(cookieLanguage, available))
                .or(() -> Languages.fromAcceptLanguage(acceptLanguage, available))
                .orElse(LanguageTag.ENGLISH);
    }
}
