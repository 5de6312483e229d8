package org.amparo.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void everyMessageKeyUsedAndEveryTermLabelHasATextInEveryLanguage() throws Exception {
        ClasspathMessages messages = new ClasspathMessages("catalog");
        Pattern key = Pattern.compile("\"(catalog\\.(?:problem|term|taxonomy|match)\\.[a-zA-Z.]*[a-zA-Z])\"");
        int found = 0;
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    found++;
                    assertThat(messages.has(matcher.group(1))).as(matcher.group(1) + " in " + file).isTrue();
                }
            }
        }
        assertThat(found).isGreaterThan(20);
        for (String code : Builtin.PROTECTION_CODES) {
            assertThat(messages.has(Builtin.labelKey(code))).as(code).isTrue();
        }
        for (String code : Builtin.AMPARO_CODES) {
            assertThat(messages.has(Builtin.labelKey(code))).as(code).isTrue();
        }
        assertThat(ClasspathMessages.translationProblems("catalog", "fr", "ar")).isEmpty();
    }
}
