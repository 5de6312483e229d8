package org.amparo.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.amparo.security.AuthenticationResult.Status;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final String FOLDER = "/OSGI-INF/amparo/l10n/";

    @Test
    void englishFrenchAndArabicDefineTheSameKeysAndNoneIsEmpty() {
        assertThat(ClasspathMessages.translationProblems("security", "fr", "ar")).isEmpty();
    }

    @Test
    void everyRoleAndLoginErrorHasAText() throws IOException {
        Properties en = load("security.properties");

        for (Role role : Role.values()) {
            assertThat(en).containsKey(role.messageKey());
        }
        for (Status status : Status.values()) {
            if (status != Status.SUCCESS) {
                assertThat(en).containsKey(status.messageKey());
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesHasAText() throws IOException {
        Properties en = load("security.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(security\\.[a-zA-Z]+\\.[a-zA-Z.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).contains("security.user.exists", "security.setup.secretRejected");
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(FOLDER + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
