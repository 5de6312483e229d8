package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.amparo.screening.InvalidDefinitionException;
import org.amparo.screening.ScreeningProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.amparo.datafile.Source;

/**
 * A malformed definition file stops loading, and every problem names file, line, JSON pointer (or
 * CSV column) and reason.
 */
class DefinitionValidationTest {
    private static final String CHILD = "amparo/screening/instruments/child-1.0.0.json";
    private static final String VULNERABILITY = "amparo/screening/instruments/vulnerability-1.0.0.json";
    private static final String TRAFFICKING = "amparo/screening/instruments/trafficking-identification-1.0.0.json";
    private static final String RULES = "amparo/screening/rules/indicator-rules-1.0.0.json";
    private static final String CSV = "amparo/screening/indicators/ilo-ec-delphi-2009.csv";

    @TempDir
    Path root;

    @BeforeEach
    void copyTheCore() throws IOException {
        Fixtures.copy(root);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("%s holds %s", file, from).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** The line of the first occurrence of {@code text} in {@code file}. */
    private int line(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private List<String> problems() {
        try {
            new DefinitionReader(Source.of(root)).read();
        } catch (InvalidDefinitionException e) {
            return e.problems().stream().map(ScreeningProblem::describe).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the definitions were accepted");
    }

    @Test
    void theUnchangedCopyLoads() throws IOException {
        assertThat(new DefinitionReader(Source.of(root)).read().current().instruments()).hasSize(4);
    }

    @Test
    void aMisspeltMemberIsRefusedOnItsLine() throws IOException {
        edit(CHILD, "\"showIf\": {\"ageGroup\": \"child\"}", "\"showIff\": {\"ageGroup\": \"child\"}");
        int line = line(CHILD, "showIff");
        assertThat(problems()).singleElement().asString().startsWith(CHILD + ":" + line + " /sections/0/questions/1/showIff: unknown field \"showIff\"");
    }

    @Test
    void textThatIsNotJsonNamesItsLine() throws IOException {
        edit(VULNERABILITY, "\"rating\": {", "\"rating\" {");
        int line = line(VULNERABILITY, "\"rating\" {");
        assertThat(problems()).singleElement().asString().startsWith(VULNERABILITY + ":" + line + ": not valid JSON: ");
    }

    @Test
    void aShowIfMayOnlyUseEarlierQuestions() throws IOException {
        edit(CHILD, "\"showIf\": {\"answer\": \"ch-with-parent\", \"is\": \"no\"}", "\"showIf\": {\"answer\": \"ch-in-school\", \"is\": \"no\"}");
        int line = line(CHILD, "\"answer\": \"ch-in-school\"");
        assertThat(problems()).contains(CHILD + ":" + line
                + " /sections/1/questions/1/showIf: showIf may only use questions asked before this one (\"ch-in-school\" is not)");
    }

    @Test
    void aConditionExpectingAnImpossibleAnswerIsRefused() throws IOException {
        edit(VULNERABILITY, "\"when\": {\"answer\": \"v-literate\", \"is\": \"no\"}", "\"when\": {\"answer\": \"v-literate\", \"is\": \"rarely\"}");
        int line = line(VULNERABILITY, "\"rarely\"");
        assertThat(problems()).containsExactly(VULNERABILITY + ":" + line + " /factors/5/when/is: \"rarely\" is not an answer question \"v-literate\" can have");
    }

    @Test
    void aReferenceToAnUnknownQuestionFlagOrServiceIsRefused() throws IOException {
        edit(VULNERABILITY, "\"need\": \"medical-care\"", "\"need\": \"medical-cares\"");
        edit(CHILD, "{\"flag\": \"possible-trafficking-victim\"}", "{\"flag\": \"possible-traficking-victim\"}");
        assertThat(problems()).containsExactlyInAnyOrder(
                VULNERABILITY + ":" + line(VULNERABILITY, "medical-cares") + " /rules/4/need: \"medical-cares\" refers to nothing: no service of that id",
                CHILD + ":" + line(CHILD, "possible-traficking-victim")
                        + " /rules/4/when/all/1/flag: \"possible-traficking-victim\" refers to nothing: no flag of that id");
    }

    @Test
    void aMessageKeyWithoutEnglishTextIsRefused() throws IOException {
        Path messages = root.resolve("OSGI-INF/amparo/l10n/screening.properties");
        Files.writeString(messages, Files.readString(messages).replaceAll("(?m)^screening.q.ch-in-school=.*$", ""));
        assertThat(problems()).containsExactly(CHILD + ":" + line(CHILD, "\"screening.q.ch-in-school\"")
                + " /sections/1/questions/4/text: message key \"screening.q.ch-in-school\" has no English text in "
                + "OSGI-INF/amparo/l10n/screening.properties");
    }

    @Test
    void aBadGradeInTheIndicatorTableNamesItsLineAndColumn() throws IOException {
        edit(CSV, "Hazardous work,medium,B", "Hazardous work,very,B");
        assertThat(problems()).containsExactly(CSV + ":" + line(CSV, "Hazardous work,very,B") + " grade: \"very\" is not one of: strong, medium, weak");
    }

    @Test
    void anIndicatorRowWhoseIdDoesNotMatchIsRefused() throws IOException {
        edit(CSV, "adult_labour/exploitation/hazardous-work,", "adult_labour/exploitation/hazard,");
        assertThat(problems()).containsExactly(CSV + ":" + line(CSV, "adult_labour/exploitation/hazard,")
                + " id: row id \"adult_labour/exploitation/hazard\" must be \"adult_labour/exploitation/hazardous-work\"");
    }

    @Test
    void aQuestionReferringToAnIndicatorNoListHasIsRefused() throws IOException {
        edit(TRAFFICKING, "\"ilo-ec:exploitation/hazardous-work\"", "\"ilo-ec:exploitation/hazardous-works\"");
        assertThat(problems()).singleElement().asString().startsWith(TRAFFICKING + ":" + line(TRAFFICKING, "hazardous-works")
                + " /sections/1/questions/1/options/2/indicators/0: \"ilo-ec:exploitation/hazardous-works\" refers to nothing");
    }

    @Test
    void aDecisionRuleOnAnUnknownDimensionIsRefused() throws IOException {
        edit(RULES, "\"exploitation\",", "\"exploitations\",");
        assertThat(problems()).containsExactly(RULES + ":" + line(RULES, "\"exploitations\"")
                + " /lists/0/listMet/all/1: \"exploitations\" refers to nothing: no dimension of that id");
    }

    @Test
    void twoFilesDefiningTheSameVersionAreRefused() throws IOException {
        Files.copy(root.resolve(CHILD), root.resolve("amparo/screening/instruments/child-copy.json"));
        assertThat(problems()).containsExactly("amparo/screening/instruments/: two files define child@1.0.0");
    }

    @Test
    void flagsThatDependOnEachOtherInACircleAreRefusedWhenTheSetIsCompiled() throws IOException {
        edit(CHILD, "\"when\": {\"answer\": \"ch-age-doubt\", \"is\": \"yes\"}", "\"when\": {\"flag\": \"best-interests-assessment\"}");
        edit(CHILD, "\"when\": {\"any\": [{\"flag\": \"unaccompanied-child\"}, {\"flag\": \"separated-child\"}]},\n      \"flag\": \"best-interests-assessment\"",
                "\"when\": {\"any\": [{\"flag\": \"unaccompanied-child\"}, {\"flag\": \"age-in-doubt\"}]},\n      \"flag\": \"best-interests-assessment\"");
        Library library = new DefinitionReader(Source.of(root)).read();
        assertThatThrownBy(() -> new CompiledScreening(library.current())).isInstanceOfSatisfying(InvalidDefinitionException.class,
                e -> assertThat(e.problems()).extracting(ScreeningProblem::reasonKey).contains("screening.error.flagCycle"));
    }
}
