package org.amparo.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The common bundle's texts (error messages every adapter shows) are checked here, because the
 * common bundle cannot depend on this one.
 */
class CommonMessagesTest {

    @Test
    void frenchAndArabicTranslateEveryCommonText() {
        assertThat(ClasspathMessages.translationProblems("common", "fr", "ar")).isEmpty();
    }

    @Test
    void aMissingTranslationIsReported() {
        assertThat(ClasspathMessages.translationProblems("fixture", "fr", "ar"))
                .containsExactlyInAnyOrder("fixture fr b: missing", "fixture ar a: no Arabic letter",
                        "fixture ar b: arguments [] instead of [{0}]", "fixture fr c: not in English");
    }
}
