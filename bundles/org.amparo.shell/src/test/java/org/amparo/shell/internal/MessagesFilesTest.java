package org.amparo.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.Test;

/** Every console text exists in French and Arabic, with the same placeholders as in English. */
class MessagesFilesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void frenchAndArabicTranslateEveryKeyWithTheSamePlaceholders() {
        Map<String, String> english = ClasspathMessages.load("OSGI-INF/amparo/l10n/shell.properties");
        assertThat(english).isNotEmpty();
        for (String language : new String[] {"fr", "ar"}) {
            Map<String, String> other = ClasspathMessages.load("OSGI-INF/amparo/l10n/shell_" + language + ".properties");
            assertThat(other.keySet()).as(language).isEqualTo(english.keySet());
            english.forEach((key, text) -> {
                assertThat(placeholders(other.get(key))).as(language + " " + key).isEqualTo(placeholders(text));
                assertThat(other.get(key)).as(language + " " + key).isNotBlank();
            });
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
