package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.Determination;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.InvalidDefinitionException;
import org.amparo.screening.Outcome;
import org.amparo.screening.ScreeningProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.amparo.datafile.Source;

/**
 * A country pack adds questions, flags and rules as data: the fictional Exampleland pack in the test
 * resources changes a determination without any change to the core.
 */
class PackAdditionTest {
    @TempDir
    Path folder;

    private static Path pack(String name) {
        try {
            return Paths.get(PackAdditionTest.class.getResource("/packs/" + name + "/amparo/country/screening.json").toURI())
                    .getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<InstrumentAddition> read(Path pack) throws IOException {
        return new PackAdditionReader(Source.of(pack), "XA", "rev-1", Fixtures.current()).read();
    }

    /** Deceived and exploited, with only a threat at destination: one medium indicator, not enough. */
    private static Answers answers() {
        return Answers.NONE.with("tip-recruited", Answer.yes())
                .with("tip-recruitment-deception", Answer.of("deceived-nature-of-job", "deceived-wages"))
                .with("tip-recruitment-coercion", Answer.of()).with("tip-recruitment-vulnerability", Answer.of())
                .with("tip-worked", Answer.yes()).with("tip-exploitation", Answer.of("excessive-hours", "low-or-no-salary"))
                .with("tip-destination-coercion", Answer.of("threats-of-violence")).with("tip-destination-vulnerability", Answer.of());
    }

    @Test
    void aPackQuestionAndRuleChangeTheDeterminationWithoutCodeChange() throws IOException {
        List<InstrumentAddition> additions = read(pack("xa"));
        assertThat(additions).extracting(InstrumentAddition::instrument).containsExactly("trafficking-identification", "vulnerability");
        InstrumentSet core = Fixtures.current();
        InstrumentSet national = core.withAdditions(additions);
        Answers answers = answers().with("xa-confined-at-work", Answer.yes()).with("xa-permit", Answer.of("expired"));

        Determination without = new CompiledScreening(core).determine(answers, DeterminationContext.adult());
        Determination with = new CompiledScreening(national).determine(answers, DeterminationContext.adult());

        assertThat(without.list("adult_labour").orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(without.flagIds()).doesNotContain("possible-trafficking-victim");
        assertThat(with.list("adult_labour").orElseThrow().outcome()).isEqualTo(Outcome.MET);
        assertThat(with.dimension("adult_labour", "coercion_at_destination").orElseThrow().explanation().indicators())
                .anySatisfy(i -> {
                    assertThat(i.indicator()).isEqualTo("adult_labour/coercion_at_destination/isolation-confinement-surveillance");
                    assertThat(i.questions()).containsExactly("xa-confined-at-work");
                });
        assertThat(with.flagIds()).contains("possible-trafficking-victim", "xa-refer-national-unit");
        assertThat(with.flag("xa-refer-national-unit").orElseThrow().explanations().get(0).basis())
                .extracting(b -> b.standard()).containsExactly("XA:law-1#identification");
        assertThat(with.needs()).filteredOn(n -> n.service().equals("legal-aid")).singleElement()
                .satisfies(n -> assertThat(n.explanations()).extracting(e -> e.rule()).contains("xa.permit-legal-aid"));
        assertThat(with.basedOn().additions()).containsExactly("XA@rev-1:trafficking-identification", "XA@rev-1:vulnerability");
    }

    @Test
    void aPackQuestionHiddenByItsShowIfCountsForNothing() throws IOException {
        InstrumentSet national = Fixtures.current().withAdditions(read(pack("xa")));
        Answers answers = answers().with("tip-worked", Answer.no()).with("xa-confined-at-work", Answer.yes());
        Determination d = new CompiledScreening(national).determine(answers, DeterminationContext.adult());
        assertThat(d.dimension("adult_labour", "coercion_at_destination").orElseThrow().present()).isZero();
        assertThat(d.missing()).doesNotContain("xa-confined-at-work");
    }

    @Test
    void aFileInThePublishedFormatReadsUnchanged() throws IOException {
        List<InstrumentAddition> additions = read(pack("published"));
        assertThat(additions).flatExtracting(InstrumentAddition::questions).extracting(q -> q.id())
                .containsExactly("xa-threat", "xa-permit");
        assertThat(additions).allSatisfy(a -> assertThat(a.rules()).isEmpty());
        new CompiledScreening(Fixtures.current().withAdditions(additions));
    }

    @Test
    void aBrokenPackIsRefusedWithFileLineAndField() throws IOException {
        Path broken = copyOf(pack("xa"));
        Path file = broken.resolve("amparo/country/screening.json");
        Files.writeString(file, Files.readString(file)
                .replace("\"id\": \"xa-permit\"", "\"id\": \"v-literate\"")
                .replace("\"need\": \"legal-aid\"", "\"need\": \"legal-aid\", \"priority\": 1"));
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(
                e.problems().stream().map(ScreeningProblem::describe).toList()).containsExactlyInAnyOrder(
                        "amparo/country/screening.json:16 /questions/1/id: question id \"v-literate\" is already used by a core instrument",
                        "amparo/country/screening.json:44 /rules/1/priority: unknown field \"priority\" "
                                + "(expected one of: instrument, id, when, flag, need, basis, confidence, sources, verifiedOn, note)"));
    }

    @Test
    void aPackReferringToWhatDoesNotExistIsRefused() throws IOException {
        Path broken = copyOf(pack("xa"));
        Path file = broken.resolve("amparo/country/screening.json");
        Files.writeString(file, Files.readString(file)
                .replace("\"when\": {\"flag\": \"possible-trafficking-victim\"}", "\"when\": {\"flag\": \"no-such-flag\"}")
                .replace("\"showIf\": {\"answer\": \"tip-worked\", \"is\": \"yes\"}",
                        "\"showIf\": {\"answer\": \"tip-worked\", \"is\": \"perhaps\"}")
                .replace("\"need\": \"legal-aid\"", "\"need\": \"free-lunch\""));
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(
                e.problems().stream().map(ScreeningProblem::describe).toList()).containsExactlyInAnyOrder(
                        "amparo/country/screening.json:35 /rules/0/when/flag: \"no-such-flag\" refers to nothing: no flag of that id",
                        "amparo/country/screening.json:10 /questions/0/showIf/is: \"perhaps\" is not an answer question \"tip-worked\" can have",
                        "amparo/country/screening.json:44 /rules/1/need: \"free-lunch\" refers to nothing: no service of that id"));
    }

    @Test
    void aConditionWithAnEmptyListIsRefusedRatherThanDroppedUnseen() throws IOException {
        Path broken = copyOf(pack("xa"));
        Path file = broken.resolve("amparo/country/screening.json");
        Files.writeString(file, Files.readString(file).replace("\"is\": [\"none\", \"expired\"]", "\"is\": []"));
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(
                e.problems().stream().map(ScreeningProblem::describe).toList()).containsExactly(
                        "amparo/country/screening.json:43 /rules/1/when/is: must not be empty"));
    }

    @Test
    void aStoredRevisionIsReadWithoutItsPropertiesFileWhichTheExtenderCheckedWhenItPublishedIt() throws IOException {
        String stored = Files.readString(pack("xa").resolve("amparo/country/screening.json"));
        List<InstrumentAddition> additions = new PackAdditionReader(stored, "XA", "rev-1", Fixtures.current()).read();
        assertThat(additions).isEqualTo(read(pack("xa")));
        assertThatThrownBy(() -> new PackAdditionReader(stored.replace("country.xa.q.permit.none", "country.ma.q.permit.none"),
                "XA", "rev-1", Fixtures.current()).read()).isInstanceOfSatisfying(InvalidDefinitionException.class,
                        e -> assertThat(e.problems()).extracting(ScreeningProblem::describe).containsExactly(
                                "amparo/country/screening.json:21 /questions/1/options/0/label: message key "
                                        + "\"country.ma.q.permit.none\" must start with \"country.xa.\""));
    }

    @Test
    void aPackKeyWithoutEnglishTextIsRefused() throws IOException {
        Path broken = copyOf(pack("xa"));
        Path texts = broken.resolve("OSGI-INF/amparo/l10n/country-xa.properties");
        Files.writeString(texts, Files.readString(texts).replaceAll("(?m)^country.xa.q.permit.valid=.*$", ""));
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidDefinitionException.class,
                e -> assertThat(e.problems()).extracting(ScreeningProblem::describe).contains(
                        "amparo/country/screening.json:23 /questions/1/options/2/label: message key \"country.xa.q.permit.valid\" "
                                + "has no English text in OSGI-INF/amparo/l10n/country-xa.properties"));
    }

    private Path copyOf(Path pack) throws IOException {
        try (var files = Files.walk(pack)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = folder.resolve(pack.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return folder;
    }
}
