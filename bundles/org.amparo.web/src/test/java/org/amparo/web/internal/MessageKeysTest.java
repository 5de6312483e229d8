package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.amparo.audit.AuditOutcome;
import org.amparo.security.AuthenticationResult;
import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.Test;

/** Every text the code asks for exists in English, French and Arabic, with the same arguments. */
class MessageKeysTest {
    private static final Pattern LITERAL = Pattern.compile("\"(web\\.[A-Za-z0-9_.]+)\"");
    /** Strings that look like keys but are audit action codes. */
    private static final Set<String> NOT_KEYS = Set.of("web.csrfRejected");

    private final Map<String, String> en = FakeMessages.file("web.properties");
    private final Map<String, String> fr = FakeMessages.file("web_fr.properties");
    private final Map<String, String> ar = FakeMessages.file("web_ar.properties");

    private void assertDefinedEverywhere(String key) {
        assertThat(en).as("English text of %s", key).containsKey(key);
        assertThat(fr).as("French text of %s", key).containsKey(key);
        assertThat(ar).as("Arabic text of %s", key).containsKey(key);
    }

    @Test
    void everyKeyWrittenInTheCodeExistsInEveryLanguage() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    literals.add(matcher.group(1));
                }
            }
        }
        literals.removeAll(NOT_KEYS);
        assertThat(literals).as("the scan found the code's keys").hasSizeGreaterThan(50);
        for (String literal : literals) {
            if (literal.endsWith(".")) {
                assertThat(en.keySet()).as("keys starting with %s", literal).anyMatch(k -> k.startsWith(literal));
            } else {
                assertDefinedEverywhere(literal);
            }
        }
    }

    @Test
    void keysBuiltAtRunTimeExistInEveryLanguage() {
        for (AuthenticationResult.Status status : AuthenticationResult.Status.values()) {
            assertDefinedEverywhere(LoginServlet.errorKey(status));
        }
        LoginServlet.NOTICES.values().forEach(this::assertDefinedEverywhere);
        UsersPage.NOTICES.values().forEach(this::assertDefinedEverywhere);
        for (AuditOutcome outcome : AuditOutcome.values()) {
            assertDefinedEverywhere("web.audit.outcome." + outcome.name());
        }
        AuditPage.COLUMNS.forEach(c -> assertDefinedEverywhere("web.audit.column." + c));
        UsersPage.COLUMNS.forEach(c -> assertDefinedEverywhere("web.users.column." + c));
        for (String op : UsersPage.OPERATIONS) {
            assertDefinedEverywhere("web.users.button." + op);
            assertDefinedEverywhere("web.users.action." + op);
        }
        for (String problem : AuditPage.KNOWN_PROBLEMS) {
            assertDefinedEverywhere(AuditPage.problemKey("audit.verify." + problem));
        }
        assertDefinedEverywhere(AuditPage.problemKey("audit.verify.somethingNew"));
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndArguments() {
        assertThat(ClasspathMessages.translationProblems("web", "fr", "ar")).isEmpty();
    }

    @Test
    void translationsAreTranslated() {
        long sameInFrench = en.keySet().stream().filter(k -> en.get(k).equals(fr.get(k))).count();
        long sameInArabic = en.keySet().stream().filter(k -> en.get(k).equals(ar.get(k))).count();
        assertThat(sameInFrench).as("French texts identical to English").isLessThan(8);
        assertThat(sameInArabic).as("Arabic texts identical to English").isLessThan(4);
        assertThat(ar.get("web.login.title")).matches(".*[\\u0600-\\u06FF].*");
    }
}
