package org.amparo.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.amparo.training.TrainingModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.amparo.datafile.Source;

class ContentReaderTest {
    private static final String MESSAGES = """
            training.error.notJson=not valid JSON (line {0}): {1}
            training.error.missing=required field is missing
            training.error.type=must be {0}
            training.error.unknownMember=unknown field "{0}" (expected one of: {1})
            training.error.format=must be "{0}"
            training.error.fileName=id "{0}" does not match the file name "{1}"
            training.error.badId="{0}" is not a valid id
            training.error.badVersion="{0}" is not a version of the form 1.0.0
            training.error.duplicateId="{0}" is used twice (first at {1})
            training.error.keyPrefix=message key "{0}" must start with "{1}"
            training.error.missingText=message key "{0}" has no English text
            training.error.range=must be between {0} and {1}
            training.error.tooFew=needs at least {0}
            training.error.notAnOption="{0}" is not one of the options: {1}
            training.m.t=T
            training.m.s=S
            training.m.l=L
            training.m.q=Q
            training.m.a=A
            training.m.b=B
            training.m.e=E
            """;
    private static final String VALID = """
            {"format": "amparo-training/1", "id": "m", "version": "1.0.0", "title": "training.m.t", "summary": "training.m.s",
             "lessons": [{"id": "l1", "title": "training.m.l", "text": "training.m.l", "libraryItem": "best-interests"},
                         {"id": "l2", "title": "training.m.l", "text": "training.m.l"}],
             "quiz": {"passMark": 50, "questions": [
               {"id": "q1", "text": "training.m.q", "options": [{"id": "a", "text": "training.m.a"}, {"id": "b", "text": "training.m.b"}],
                "correct": ["a"], "explanation": "training.m.e"}]}}
            """;

    @TempDir
    Path root;

    private SortedMap<String, TrainingModule> read(String fileName, String json) throws Exception {
        Files.createDirectories(root.resolve("amparo/training"));
        Files.createDirectories(root.resolve("OSGI-INF/amparo/l10n"));
        Files.writeString(root.resolve(ContentReader.MESSAGES), MESSAGES);
        Files.writeString(root.resolve("amparo/training/" + fileName), json);
        return new ContentReader(Source.of(root)).read();
    }

    @Test
    void theShippedModulesLoad() throws Exception {
        SortedMap<String, TrainingModule> modules = new ContentReader(Source.of(TrainingFixture.CONTENT)).read();
        assertThat(modules).containsOnlyKeys("child-protection", "trafficking-identification",
                "informed-consent-and-data-protection");
        TrainingModule child = modules.get("child-protection");
        assertThat(child.version()).isEqualTo("1.0.0");
        assertThat(child.lessons()).extracting(l -> l.id())
                .containsExactly("best-interests", "bia-and-bid", "separated-children", "age-in-doubt");
        assertThat(child.lesson("best-interests").orElseThrow().libraryItem()).isEqualTo("best-interests-child");
        assertThat(modules.get("trafficking-identification").lesson("protocol-definition").orElseThrow().libraryItem())
                .isEqualTo("palermo-tip-2000");
        assertThat(modules.values()).allSatisfy(m -> {
            assertThat(m.quiz().questions()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(q -> assertThat(q.options()).hasSizeGreaterThanOrEqualTo(2));
            assertThat(m.quiz().passMark()).isBetween(50, 100);
        });
    }

    /** Every lesson's library link names an item the core library ships (read from the standards bundle's data). */
    @Test
    void everyLessonLinksToAnItemOfTheLibrary() throws Exception {
        java.util.Set<String> items = new java.util.HashSet<>();
        java.util.regex.Pattern itemId = java.util.regex.Pattern.compile("\\{\\s*\"id\"\\s*:\\s*\"([a-z0-9-]+)\"\\s*,\\s*\"version\"");
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../org.amparo.standards/src/main/resources/amparo/standards"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                java.util.regex.Matcher m = itemId.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    items.add(m.group(1));
                }
            }
        }
        assertThat(items).as("library items found").contains("palermo-tip-2000", "best-interests-child");
        SortedMap<String, TrainingModule> modules = new ContentReader(Source.of(TrainingFixture.CONTENT)).read();
        modules.values().forEach(m -> m.lessons().stream().filter(l -> l.libraryItem() != null)
                .forEach(l -> assertThat(items).as("library item of lesson %s/%s", m.id(), l.id()).contains(l.libraryItem())));
    }

    @Test
    void aValidFileGivesItsModule() throws Exception {
        TrainingModule m = read("m.json", VALID).get("m");
        assertThat(m.lessons()).extracting(l -> l.libraryItem()).containsExactly("best-interests", "");
        assertThat(m.quiz().questions().get(0).correct()).containsExactly("a");
        assertThat(m.quiz().questions().get(0).multiple()).isFalse();
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("not JSON", "m.json", "{\"id\": ", List.of(
                        "amparo/training/m.json: not valid JSON (line 1): Unexpected end-of-input within/between Object entries")),
                Arguments.of("wrong format", "m.json", VALID.replace("amparo-training/1", "amparo-training/2"), List.of(
                        "amparo/training/m.json /format: must be \"amparo-training/1\"")),
                Arguments.of("id not the file name", "other.json", VALID, List.of(
                        "amparo/training/other.json /id: id \"m\" does not match the file name \"other\"")),
                Arguments.of("bad version and unknown field", "m.json", VALID.replace("\"1.0.0\"", "\"1.0\", \"author\": \"x\""), List.of(
                        "amparo/training/m.json /author: unknown field \"author\" (expected one of: format, id, version, title, summary, lessons, quiz)",
                        "amparo/training/m.json /version: \"1.0\" is not a version of the form 1.0.0")),
                Arguments.of("key of another module, key without text", "m.json",
                        VALID.replace("\"training.m.t\"", "\"training.x.t\"").replace("\"training.m.s\"", "\"training.m.nothing\""), List.of(
                        "amparo/training/m.json /title: message key \"training.x.t\" must start with \"training.m.\"",
                        "amparo/training/m.json /summary: message key \"training.m.nothing\" has no English text")),
                Arguments.of("duplicate lesson", "m.json", VALID.replace("\"l2\"", "\"l1\""), List.of(
                        "amparo/training/m.json /lessons/1/id: \"l1\" is used twice (first at /lessons/0)")),
                Arguments.of("correct option that is not offered", "m.json", VALID.replace("[\"a\"]", "[\"a\", \"z\"]"), List.of(
                        "amparo/training/m.json /quiz/questions/0/correct/1: \"z\" is not one of the options: a, b")),
                Arguments.of("pass mark out of range, no explanation", "m.json",
                        VALID.replace("50", "101").replace(", \"explanation\": \"training.m.e\"", ""), List.of(
                        "amparo/training/m.json /quiz/passMark: must be between 1 and 100",
                        "amparo/training/m.json /quiz/questions/0/explanation: required field is missing")),
                Arguments.of("no explanation, one option", "m.json",
                        VALID.replace(", \"explanation\": \"training.m.e\"", "").replace(", {\"id\": \"b\", \"text\": \"training.m.b\"}", ""),
                        List.of("amparo/training/m.json /quiz/questions/0/explanation: required field is missing",
                                "amparo/training/m.json /quiz/questions/0/options: needs at least 2")),
                Arguments.of("no lessons", "m.json", VALID.replaceAll("(?s)\\[\\{\"id\": \"l1\".*?\\}\\],", "[],"), List.of(
                        "amparo/training/m.json /lessons: needs at least 1")),
                Arguments.of("bad library id", "m.json",
                        VALID.replace("\"best-interests\"", "\"Best Interests\""), List.of(
                        "amparo/training/m.json /lessons/0/libraryItem: \"Best Interests\" is not a valid id")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRefusedWithFileAndPointer(String label, String fileName, String json, List<String> expected) {
        assertThatThrownBy(() -> read(fileName, json)).isInstanceOfSatisfying(InvalidContentException.class,
                e -> assertThat(e.problems()).containsExactlyElementsOf(expected));
    }
}
