package org.amparo.countries.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.amparo.countries.Confidence;
import org.amparo.countries.Country;
import org.amparo.countries.PackProblem;
import org.amparo.countries.PackReport;
import org.amparo.countries.PackValidator;
import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator on the fictional pack XA, intact and with one fault at a time. Each fault must be
 * reported with its file, line, field and reason, and nothing else.
 */
class PackValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path folder;

    private PackFixture pack() {
        return new PackFixture(folder);
    }

    private static PackParser.Result parse(Path root) {
        return new PackParser(PackSource.of(root), TODAY).parse("XA", "1.0.0");
    }

    private static PackProblem onlyProblem(PackFixture pack) {
        List<PackProblem> problems = parse(pack.root()).problems();
        assertThat(problems).as(problems.stream().map(PackProblem::describe).toList().toString()).hasSize(1);
        return problems.get(0);
    }

    @Test
    void theIntactPackIsValidAndReadInFull() {
        PackParser.Result result = parse(PackFixture.XA);
        assertThat(result.problems()).isEmpty();
        Country country = result.country();
        assertThat(country.code()).isEqualTo("XA");
        assertThat(country.fictional()).isTrue();
        assertThat(country.revision()).hasSize(16);
        assertThat(country.languages()).extracting(Country.CountryLanguage::tag).containsExactly("ar", "fr");
        assertThat(country.languages().get(0).rightToLeft()).isTrue();
        assertThat(country.ageOfMajority().value()).isEqualTo(18);
        assertThat(country.coordinatingBody().evidence().confidence()).isEqualTo(Confidence.P);
        assertThat(country.hotlines().get(0).evidence().verifiedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(country.laws().get(0).provisions()).hasSize(2);
        assertThat(country.pathways().get(0).steps().get(0).deadlineDays()).isEqualTo(2);
        assertThat(country.questions()).hasSize(2);
        assertThat(result.divisions()).hasSize(5);
        assertThat(result.divisions().get(2).names()).containsEntry("ar", "ميناء إيلان");
        assertThat(result.divisions().get(3).name()).isEqualTo("Hill Valley, Upper (fictional)");
        assertThat(result.texts()).containsKeys("en", "fr");
        assertThat(result.screening()).as("screening.json kept verbatim for the revision")
                .contains("\"flags\"", "\"xa.refer-commission\"");
        assertThat(result.screeningKeys()).contains("country.xa.q.permit.none", "country.xa.flag.refer-commission");
    }

    /** Flags, rules, showIf and indicators of the proposed members: each fault with its file, line and field. */
    @Test
    void nationalFlagsAndRulesAreCheckedAsFarAsThePackAlone() {
        String file = "amparo/country/screening.json";
        assertThat(onlyProblem(pack().replace(file, "\"flag\": \"xa-refer-commission\",",
                "\"flag\": \"xa-refer-commission\", \"need\": \"legal-aid\",")).describe())
                .isEqualTo(file + ":30 /rules/0: a rule has either \"flag\" or \"need\"");
        assertThat(onlyProblem(pack().replace(file, "{\"answer\": \"xa-threat\", \"is\": \"yes\"}",
                "{\"answer\": \"xa-permit\", \"is\": \"valid\"}")).describe())
                .isEqualTo(file + ":33 /rules/0/when/any/1/is: \"valid\" is not an answer question \"xa-permit\" can have");
        assertThat(onlyProblem(pack().replace(file, "{\"answer\": \"xa-threat\", \"is\": \"yes\"}",
                "{\"answer\": \"xa-threat\", \"atLeast\": 2}")).describe())
                .isEqualTo(file + ":33 /rules/0/when/any/1/atLeast: question \"xa-threat\" does not take a number");
        assertThat(onlyProblem(pack().replace(file, "{\"answer\": \"xa-threat\", \"is\": \"yes\"}",
                "{\"answer\": \"xa-threat\", \"is\": []}")).describe())
                .isEqualTo(file + ":33 /rules/0/when/any/1/is: must not be empty");
        assertThat(onlyProblem(pack().replace(file, "{\"flag\": \"possible-trafficking-victim\"}",
                "{\"flag\": \"possible-trafficking-victim\", \"factor\": \"v-alone\"}")).describe())
                .isEqualTo(file + ":33 /rules/0/when/any/0: a condition has exactly one of: "
                        + "answer, all, any, count, flag, factor, listMet, ageGroup");
        assertThat(onlyProblem(pack().replace(file, "\"answerType\": \"yes-no\",",
                "\"answerType\": \"yes-no\", \"showIf\": {\"answer\": \"xa-permit\", \"is\": \"none\"},")).describe())
                .isEqualTo(file + ":9 /questions/0/showIf/answer: showIf may only use questions asked before this one "
                        + "(\"xa-permit\" is not)");
        assertThat(onlyProblem(pack().replace(file, "\"answerType\": \"yes-no\",",
                "\"answerType\": \"yes-no\", \"indicators\": [\"coercion_at_destination\"],")).describe())
                .isEqualTo(file + ":9 /questions/0/indicators/0: \"coercion_at_destination\" is not an indicator reference "
                        + "of the form scheme:dimension/item");
        assertThat(onlyProblem(pack().replace(file, "\"id\": \"xa.refer-commission\"", "\"id\": \"xa.refer-commission\", \"priority\": 1"))
                .describe()).isEqualTo(file + ":31 /rules/0/priority: unknown field \"priority\" (expected one of: id, "
                        + "instrument, when, flag, need, basis, confidence, sources, verifiedOn, note)");
    }

    @Test
    void aDuplicateFlagAndAFlagThatIsNotTrueOrFalseAreBothReported() {
        String file = "amparo/country/screening.json";
        PackFixture pack = pack().replace(file, "\"label\": \"country.xa.flag.refer-commission\"}",
                "\"label\": \"country.xa.flag.refer-commission\"},\n    {\"id\": \"xa-refer-commission\", "
                        + "\"instrument\": \"child\", \"label\": \"country.xa.flag.refer-commission\", \"urgent\": \"yes\"}");
        assertThat(parse(pack.root()).problems()).extracting(PackProblem::describe).containsExactly(
                file + ":28 /flags/1/id: duplicate id \"xa-refer-commission\" (first used on line 27)",
                file + ":28 /flags/1/urgent: must be true or false");
    }

    @Test
    void referencesToTheCoreAreLeftToTheScreeningBundle() {
        PackFixture pack = pack().replace("amparo/country/screening.json", "{\"flag\": \"possible-trafficking-victim\"}",
                "{\"all\": [{\"listMet\": \"adult_labour\"}, {\"answer\": \"tip-worked\", \"is\": \"yes\"}, "
                        + "{\"count\": 1, \"of\": [{\"factor\": \"v-alone\"}, {\"ageGroup\": \"adult\"}]}]}");
        assertThat(parse(pack.root()).problems()).isEmpty();
    }

    @Test
    void theRevisionChangesWithAnyFileAndOnlyThen() {
        String before = parse(PackFixture.XA).revision();
        assertThat(parse(PackFixture.XA).revision()).isEqualTo(before);
        PackFixture pack = pack().replace("amparo/country/divisions.csv", "Sandmere", "Sandmoor");
        assertThat(parse(pack.root()).revision()).isNotEqualTo(before);
    }

    @Test
    void missingField() {
        PackFixture pack = pack().replace("amparo/country/laws.json", "      \"dateKind\": \"promulgated\",\n", "");
        PackProblem problem = onlyProblem(pack);
        assertThat(problem.file()).isEqualTo("amparo/country/laws.json");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.field()).isEqualTo("/laws/0/dateKind");
        assertThat(problem.reasonKey()).isEqualTo("pack.error.missing");
        assertThat(problem.describe()).isEqualTo("amparo/country/laws.json:4 /laws/0/dateKind: required field is missing");
    }

    @Test
    void badDate() {
        PackFixture pack = pack().replace("amparo/country/laws.json", "\"2023-05-04\"", "\"2023-02-30\"");
        PackProblem problem = onlyProblem(pack);
        assertThat(problem.describe()).isEqualTo(
                "amparo/country/laws.json:9 /laws/0/date: \"2023-02-30\" is not a date in the form YYYY-MM-DD");
    }

    @Test
    void dateInTheFuture() {
        PackFixture pack = pack().replace("amparo/country/country.json", "2026-01-15", "2027-01-15");
        assertThat(onlyProblem(pack).describe()).isEqualTo(
                "amparo/country/country.json:39 /hotlines/0/verifiedOn: the date 2027-01-15 is in the future");
    }

    @Test
    void unknownLanguageCode() {
        PackFixture pack = pack().replace("amparo/country/country.json", "\"tag\": \"fr\"", "\"tag\": \"qq\"");
        PackProblem problem = onlyProblem(pack);
        assertThat(problem.describe()).isEqualTo(
                "amparo/country/country.json:13 /languages/1/tag: \"qq\" is not a known language code (ISO 639 / BCP 47)");
    }

    @Test
    void unknownLanguageInADivisionColumn() {
        PackFixture pack = pack().replace("amparo/country/divisions.csv", "code,name_ar", "code,name_xx");
        assertThat(onlyProblem(pack).describe()).isEqualTo(
                "amparo/country/divisions.csv:1 name_xx: \"xx\" is not a known language code (ISO 639 / BCP 47)");
    }

    @Test
    void duplicateId() {
        PackFixture pack = pack().replace("amparo/country/screening.json", "\"id\": \"xa-permit\"", "\"id\": \"xa-threat\"");
        PackProblem problem = onlyProblem(pack);
        assertThat(problem.describe()).isEqualTo(
                "amparo/country/screening.json:14 /questions/1/id: duplicate id \"xa-threat\" (first used on line 4)");
    }

    @Test
    void duplicateDivisionId() {
        PackFixture pack = pack().replace("amparo/country/divisions.csv", "XA-S-1,XA-S", "XA-N-1,XA-S");
        assertThat(onlyProblem(pack).describe()).isEqualTo(
                "amparo/country/divisions.csv:6 id: duplicate id \"XA-N-1\" (first used on line 4)");
    }

    @Test
    void brokenReferenceToAProvision() {
        PackFixture pack = pack().replace("amparo/country/pathways.json", "law-1#reflection", "law-1#residence");
        assertThat(onlyProblem(pack).describe()).isEqualTo("amparo/country/pathways.json:22 /pathways/0/steps/1/basis/0: "
                + "\"law-1#residence\" refers to nothing: law \"law-1\" has no provision \"residence\"");
    }

    @Test
    void brokenReferenceToAParentDivision() {
        PackFixture pack = pack().replace("amparo/country/divisions.csv", "XA-S-1,XA-S,", "XA-S-1,XA-W,");
        assertThat(onlyProblem(pack).describe()).isEqualTo("amparo/country/divisions.csv:6 parent: "
                + "\"XA-W\" refers to nothing: no division with this id in amparo/country/divisions.csv");
    }

    @Test
    void brokenReferenceToAText() {
        PackFixture pack = pack().replace("OSGI-INF/amparo/l10n/country-xa.properties", "country.xa.step.notify=", "country.xa.step.notified=");
        assertThat(onlyProblem(pack).describe()).isEqualTo("amparo/country/pathways.json:11 /pathways/0/steps/0/title: "
                + "message key \"country.xa.step.notify\" has no English text in OSGI-INF/amparo/l10n/country-xa.properties");
    }

    @Test
    void misspeltMemberIsNotIgnored() {
        PackFixture pack = pack().replace("amparo/country/country.json", "\"hotlines\"", "\"hotline\"");
        PackProblem problem = onlyProblem(pack);
        assertThat(problem.line()).isEqualTo(31);
        assertThat(problem.field()).isEqualTo("/hotline");
        assertThat(problem.reasonKey()).isEqualTo("pack.error.unknownMember");
    }

    @Test
    void notJsonNamesTheLine() {
        PackFixture pack = pack().replace("amparo/country/laws.json", "\"number\": \"1-23\",", "\"number\": \"1-23\"");
        PackProblem problem = onlyProblem(pack);
        assertThat(problem.file()).isEqualTo("amparo/country/laws.json");
        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.reasonKey()).isEqualTo("pack.error.notJson");
    }

    @Test
    void aVerifiedFactNeedsASource() {
        PackFixture pack = pack().replace("amparo/country/country.json",
                "\"confidence\": \"P\",\n    \"sources\": [\"https://example.org/exampleland/commission\"]", "\"confidence\": \"P\"");
        assertThat(onlyProblem(pack).describe()).isEqualTo(
                "amparo/country/country.json:26 /coordinatingBody/sources: confidence P needs at least one source URL");
    }

    @Test
    void sourcesThatAreNotAListAreReportedOnce() {
        PackFixture pack = pack().replace("amparo/country/country.json",
                "\"sources\": [\"https://example.org/exampleland/commission\"]", "\"sources\": \"https://example.org/exampleland/commission\"");
        assertThat(parse(pack.root()).problems()).extracting(PackProblem::describe).containsExactly(
                "amparo/country/country.json:29 /coordinatingBody/sources: must be a list",
                "amparo/country/country.json:29 /coordinatingBody/sources: confidence P needs at least one source URL");
    }

    @Test
    void aFictionalPackCannotTakeARealCodeNorARealPackAnUnknownOne() {
        PackFixture fictional = pack().replace("amparo/country/country.json", "\"code\": \"XA\"", "\"code\": \"MA\"");
        List<PackProblem> problems = new PackParser(PackSource.of(fictional.root()), TODAY).parse("MA", "1").problems();
        assertThat(problems).extracting(PackProblem::reasonKey).contains("pack.error.fictionalCode");

        PackFixture real = pack().replace("amparo/country/country.json", "\"fictional\": true", "\"fictional\": false");
        assertThat(onlyProblem(real).reasonKey()).isEqualTo("pack.error.unknownCountry");
    }

    @Test
    void theCapabilityAndTheFileMustAgreeOnTheCode() {
        List<PackProblem> problems = new PackParser(PackSource.of(PackFixture.XA), TODAY).parse("XB", "1").problems();
        assertThat(problems).extracting(PackProblem::reasonKey).contains("pack.error.codeMismatch");
    }

    @Test
    void aChoiceQuestionNeedsOptions() {
        PackFixture pack = pack().replace("amparo/country/screening.json", "\"answerType\": \"yes-no\"", "\"answerType\": \"single-choice\"");
        assertThat(onlyProblem(pack).describe()).isEqualTo(
                "amparo/country/screening.json:4 /questions/0/options: a single-choice question needs options");
    }

    @Test
    void aDivisionOnTheWrongLevel() {
        PackFixture pack = pack().replace("amparo/country/divisions.csv", "XA-S-1,XA-S,2", "XA-S-1,XA-S,1");
        assertThat(onlyProblem(pack).describe()).isEqualTo(
                "amparo/country/divisions.csv:6 level: parent \"XA-S\" is on level 1, so this division must be on level 2");
    }

    @Test
    void anUnterminatedQuoteInTheCsv() {
        PackFixture pack = pack().replace("amparo/country/divisions.csv", "\"Hill Valley, Upper (fictional)\"", "\"Hill Valley");
        assertThat(onlyProblem(pack).describe()).isEqualTo("amparo/country/divisions.csv:5: a quoted value is never closed");
    }

    @Test
    void aMissingCountryFileAndEveryProblemAtOnce() {
        PackFixture pack = pack().replace("amparo/country/laws.json", "\"2023-05-04\"", "\"04/05/2023\"")
                .replace("amparo/country/divisions.csv", "XA-S-1,XA-S,", "XA-S-1,XA-Q,");
        assertThat(parse(pack.root()).problems()).extracting(PackProblem::reasonKey)
                .containsExactly("pack.error.badDate", "pack.error.brokenReference");
        java.nio.file.Path countryFile = pack.root().resolve("amparo/country/country.json");
        assertThat(countryFile.toFile().delete()).isTrue();
        assertThat(parse(pack.root()).problems()).extracting(PackProblem::describe)
                .contains("amparo/country/country.json: required file is missing");
    }

    @Test
    void thePublicValidatorReadsTheCodeFromTheFile() {
        PackReport report = PackValidator.validate(PackFixture.XA);
        assertThat(report.code()).isEqualTo("XA");
        assertThat(report.valid()).isTrue();
        PackReport wrong = PackValidator.validate(PackFixture.XA, "XB");
        assertThat(wrong.valid()).isFalse();
    }

    @Test
    void noHotlinesNeedsASaidReason() {
        PackFixture pack = pack().write("amparo/country/country.json", """
                {
                  "format": "amparo.country/1",
                  "code": "XA",
                  "fictional": true,
                  "name": "country.xa.name",
                  "hotlines": [],
                  "divisionLevels": ["country.xa.level.region", "country.xa.level.province"]
                }
                """);
        assertThat(onlyProblem(pack).describe()).isEqualTo(
                "amparo/country/country.json:1 /hotlinesNote: an empty list of hotlines needs hotlinesNote saying why");
    }

    @Test
    void everyReasonIsTranslated() {
        assertThat(ClasspathMessages.translationProblems("countries", "fr", "ar")).isEmpty();
    }
}
