package org.amparo.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.Test;

/** Every console text exists in French and Arabic, with the same placeholders as in English. */
class MessagesFilesTest {

    @Test
    void frenchAndArabicTranslateEveryKeyWithTheSamePlaceholders() {
        assertThat(ClasspathMessages.translationProblems("shell", "fr", "ar")).isEmpty();
    }
}
