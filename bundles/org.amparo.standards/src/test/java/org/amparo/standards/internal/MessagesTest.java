package org.amparo.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.standards.Evidence;
import org.amparo.standards.ItemType;
import org.amparo.standards.Place;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void everyKeyUsedHasATextAndEveryTextIsTranslated() throws Exception {
        ClasspathMessages messages = new ClasspathMessages("standards");
        Pattern key = Pattern.compile("\"(standards\\.[a-zA-Z-]+\\.[a-zA-Z.-]*[a-zA-Z])\"");
        int found = 0;
        for (Path folder : new Path[] {Path.of("src/main/java"), Content.FOLDER}) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".json")).toList()) {
                    Matcher matcher = key.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (matcher.group(1).startsWith("standards.publicReading")) {
                            continue; // the audit action code, not a text
                        }
                        found++;
                        assertThat(messages.has(matcher.group(1))).as(matcher.group(1) + " in " + file).isTrue();
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(40);
        for (ItemType type : ItemType.values()) {
            assertThat(messages.has(type.labelKey())).as(type.labelKey()).isTrue();
        }
        Vocabulary.TOPICS.forEach(t -> assertThat(messages.has(Vocabulary.topicKey(t))).as(t).isTrue());
        Vocabulary.AUDIENCES.forEach(a -> assertThat(messages.has(Vocabulary.audienceKey(a))).as(a).isTrue());
        Vocabulary.CONFIDENCE.forEach(c -> assertThat(messages.has(new Evidence(c, java.util.List.of(), null, null).labelKey()))
                .as(c).isTrue());
        for (Place place : java.util.List.of(new Place.CaseStep("INTAKE"), new Place.ScreeningQuestion("a", "b"),
                new Place.PathwayStep("MA", "p", "s"))) {
            assertThat(messages.has(place.kindLabelKey())).isTrue();
        }
        assertThat(ClasspathMessages.translationProblems("standards", "fr", "ar")).isEmpty();
    }
}
