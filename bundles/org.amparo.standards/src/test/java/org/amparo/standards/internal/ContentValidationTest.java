package org.amparo.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContentValidationTest {
    private static final String GOOD_ITEM = """
            {
              "id": "x-item",
              "version": "1.0.0",
              "type": "guidance",
              "title": {"en": "A title", "fr": "Un titre"},
              "topics": ["referral"],
              "audiences": ["government"],
              "source": {"title": "Some guidance", "year": 2020},
              "evidence": {"confidence": "GK"},
              "languages": {"en": "summary", "fr": "summary"},
              "lastReviewed": "2026-11-28",
              "appliesTo": {"caseSteps": ["INTAKE"], "screening": ["child/ch-age-doubt"], "pathways": ["child"]},
              "sections": [{"id": "one", "heading": {"en": "One", "fr": "Un"}, "text": {"en": "Text.", "fr": "Texte."}}]
            }""";

    private static List<ContentProblem> problems(String name, String json) {
        return new ContentReader().read(List.of(Content.file(name, json))).problems();
    }

    private static String file(String item) {
        return "{\n\"format\": \"amparo.library/1\",\n\"items\": [\n" + item + "\n]\n}\n";
    }

    @Test
    void aGoodFileHasNoProblem() {
        assertThat(problems("good.json", file(GOOD_ITEM))).isEmpty();
    }

    @Test
    void brokenJsonNamesTheFileAndLine() {
        List<ContentProblem> problems = problems("broken.json", "{\n  \"format\": \"amparo.library/1\",\n  \"items\": [\n}\n");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("broken.json");
        assertThat(problems.get(0).line()).isEqualTo(4);
        assertThat(problems.get(0).reasonKey()).isEqualTo("standards.problem.syntax");
    }

    @Test
    void anUnknownFormatIsRefused() {
        List<ContentProblem> problems = problems("old.json", "{\"format\": \"amparo.library/9\", \"items\": []}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/format");
            assertThat(p.reasonKey()).isEqualTo("standards.problem.format");
            assertThat(p.arguments()).containsExactly("amparo.library/9", "amparo.library/1");
        });
    }

    @Test
    void eachFaultIsReportedWithItsPointerAndLine() {
        String broken = GOOD_ITEM
                .replace("\"type\": \"guidance\"", "\"type\": \"treaty\"")
                .replace("\"topics\": [\"referral\"]", "\"topics\": [\"referral\", \"weather\"]")
                .replace("\"caseSteps\": [\"INTAKE\"]", "\"caseSteps\": [\"LUNCH\"]")
                .replace("\"text\": {\"en\": \"Text.\", \"fr\": \"Texte.\"}", "\"text\": {\"en\": \"Text.\"}")
                .replace("\"lastReviewed\": \"2026-11-28\"", "\"lastReviewed\": \"28/11/2026\"");
        List<ContentProblem> problems = problems("bad.json", file(broken));
        assertThat(problems).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "bad.json:7 /items/0/type: standards.problem.unknownType [treaty]",
                "bad.json:9 /items/0/topics/1: standards.problem.unknownTopic [weather]",
                "bad.json:14 /items/0/lastReviewed: standards.problem.badDate [28/11/2026]",
                "bad.json:15 /items/0/appliesTo/caseSteps/0: standards.problem.unknownCaseStep [LUNCH]",
                "bad.json:16 /items/0/sections/0/text: standards.problem.missingLanguage [fr]");
    }

    @Test
    void duplicateIdsAcrossFilesAndPackOnlyTypesAreRefused() {
        List<ContentProblem> problems = new ContentReader().read(List.of(Content.file("a.json", file(GOOD_ITEM)),
                Content.file("b.json", file(GOOD_ITEM.replace("\"guidance\"", "\"national-law\""))),
                Content.file("c.json", file(GOOD_ITEM)))).problems();
        assertThat(problems).extracting(ContentProblem::toString).containsExactly(
                "b.json:7 /items/0/type: standards.problem.packOnlyType [national-law]",
                "c.json:0 /: standards.problem.duplicateItem [x-item, a.json]");
    }

    @Test
    void aVerifiedTextWithoutSourceAndAnUndeclaredLanguageAreRefused() {
        String broken = GOOD_ITEM.replace("\"confidence\": \"GK\"", "\"confidence\": \"V\"")
                .replace("\"title\": {\"en\": \"A title\", \"fr\": \"Un titre\"}",
                        "\"title\": {\"en\": \"A title\", \"fr\": \"Un titre\", \"ar\": \"عنوان\"}");
        assertThat(problems("v.json", file(broken))).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "v.json:8 /items/0/title/ar: standards.problem.undeclaredLanguage [ar]",
                "v.json:12 /items/0/evidence/sources: standards.problem.verifiedWithoutSource");
    }

    @Test
    void theLibraryRefusesToStartOnBrokenContent() {
        assertThatThrownBy(() -> new LibraryImpl(List.of(Content.file("bad.json", file(GOOD_ITEM.replace("\"1.0.0\"", "\"one\"")))),
                Content.messages()))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("bad.json:6 /items/0/version: standards.problem.badVersion [one]");
    }
}
