package org.amparo.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void everyMessageKeyUsedHasATextInEveryLanguage() throws Exception {
        ClasspathMessages messages = new ClasspathMessages("referral");
        Pattern key = Pattern.compile("\"(referral\\.[a-zA-Z.]*[a-zA-Z])\"");
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
        assertThat(found).isGreaterThan(10);
        assertThat(ClasspathMessages.translationProblems("referral", "fr", "ar")).isEmpty();
    }
}
