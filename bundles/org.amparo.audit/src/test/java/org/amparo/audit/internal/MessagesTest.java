package org.amparo.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.Test;

/** Every text of this bundle exists in French and Arabic, with the same arguments as in English. */
class MessagesTest {

    @Test
    void frenchAndArabicTranslateEveryText() {
        assertThat(ClasspathMessages.translationProblems("audit", "fr", "ar")).isEmpty();
    }
}
