package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.Test;

/** Every message key this bundle uses exists in English, French and Arabic, with the same placeholders. */
class MessagesCoverageTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(rest\\.[A-Za-z0-9.]+)\"");

    private final Map<String, String> en = ClasspathMessages.load("OSGI-INF/amparo/l10n/rest.properties");
    private final Map<String, String> fr = ClasspathMessages.load("OSGI-INF/amparo/l10n/rest_fr.properties");
    private final Map<String, String> ar = ClasspathMessages.load("OSGI-INF/amparo/l10n/rest_ar.properties");

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedInTheCodeExistsInEnglishFrenchAndArabic() throws IOException {
        Set<String> used = keysUsedInSources();
        for (ErrorCode code : ErrorCode.values()) {
            used.add(code.messageKey());
        }

        assertThat(used).hasSizeGreaterThan(25);
        assertThat(en.keySet()).containsAll(used);
        assertThat(fr.keySet()).containsAll(used);
        assertThat(ar.keySet()).containsAll(used);
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndPlaceholdersAndNoEmptyText() {
        assertThat(ClasspathMessages.translationProblems("rest", "fr", "ar")).isEmpty();
        assertThat(en.keySet()).allSatisfy(key -> assertThat(key).startsWith("rest."));
        assertThat(en.keySet()).allSatisfy(key -> assertThat(fr.get(key)).as("fr " + key).isNotEqualTo(en.get(key)));
    }
}
