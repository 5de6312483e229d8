package org.amparo.training.internal;

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
        ClasspathMessages messages = new ClasspathMessages("training");
        Pattern key = Pattern.compile("\"(training\\.[a-zA-Z0-9.-]+)\"");
        int found = 0;
        for (String folder : new String[] {"src/main/java", "src/main/resources/amparo/training"}) {
            try (var files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".json")).toList()) {
                    Matcher matcher = key.matcher(Files.readString(file));
                    while (matcher.find()) {
                        String k = matcher.group(1);
                        if (file.toString().endsWith(".java") && !k.startsWith("training.error.")) {
                            continue; // an audit action or a key prefix, not a message
                        }
                        found++;
                        assertThat(messages.has(k)).as(k + " in " + file).isTrue();
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(100);
        assertThat(ClasspathMessages.translationProblems("training", "fr", "ar")).isEmpty();
    }
}
