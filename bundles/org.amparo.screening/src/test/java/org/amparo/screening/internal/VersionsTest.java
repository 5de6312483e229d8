package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.Determination;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.Instrument;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Level;
import org.amparo.screening.Rating;
import org.amparo.screening.SetReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.amparo.datafile.Source;

/**
 * A screening keeps the versions it used: after an instrument changes, the stored reference finds
 * the old version, which determines exactly what it determined before.
 */
class VersionsTest {
    @TempDir
    Path root;

    @Test
    void aStoredScreeningReDisplaysAsItWasAfterTheInstrumentChanged() throws IOException {
        Answers answers = Answers.NONE.with("h-family-violence", Answer.yes()).with("h-child-or-single-parent-household", Answer.yes());
        InstrumentSet before = Fixtures.current();
        SetReference stored = before.reference();
        Determination storedResult = new CompiledScreening(before).determine(answers, DeterminationContext.adult());
        assertThat(storedResult.profile().level(Level.HOUSEHOLD).rating()).isEqualTo(Rating.HIGH);

        // a new version of the vulnerability instrument: a stricter rating scale
        Fixtures.copy(root);
        Path v1 = root.resolve("amparo/screening/instruments/vulnerability-1.0.0.json");
        Files.writeString(root.resolve("amparo/screening/instruments/vulnerability-1.1.0.json"), Files.readString(v1)
                .replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"")
                .replace("\"rating\": {\"moderateAt\": 1, \"highAt\": 3,", "\"rating\": {\"moderateAt\": 2, \"highAt\": 5,"));
        Library library = new DefinitionReader(Source.of(root)).read();

        InstrumentSet now = library.current();
        assertThat(now.reference().instruments()).contains("vulnerability@1.1.0");
        assertThat(library.versions("vulnerability")).extracting(Instrument::version).containsExactly("1.0.0", "1.1.0");
        assertThat(new CompiledScreening(now).determine(answers, DeterminationContext.adult()).profile().level(Level.HOUSEHOLD).rating())
                .isEqualTo(Rating.MODERATE);

        InstrumentSet then = library.set(stored, (core, ref) -> java.util.Optional.empty()).orElseThrow();
        assertThat(then.reference()).isEqualTo(stored);
        assertThat(then.instrument("vulnerability").orElseThrow().digest())
                .isEqualTo(before.instrument("vulnerability").orElseThrow().digest());
        assertThat(new CompiledScreening(then).determine(answers, DeterminationContext.adult())).isEqualTo(storedResult);
    }

    @Test
    void aReferenceToAVersionNoLongerKnownFindsNothing() {
        SetReference reference = Fixtures.current().reference();
        SetReference unknown = new SetReference(java.util.List.of("vulnerability@9.9.9"), reference.additions(),
                reference.indicatorLists(), reference.rules(), reference.taxonomy());
        assertThat(Fixtures.library().set(unknown, (core, ref) -> java.util.Optional.empty())).isEmpty();
    }

    @Test
    void versionsAreOrderedAsNumbersNotAsText() {
        assertThat(java.util.stream.Stream.of("1.10.0", "1.2.0", "1.9.3").sorted(Library.VERSION_ORDER))
                .containsExactly("1.2.0", "1.9.3", "1.10.0");
    }
}
