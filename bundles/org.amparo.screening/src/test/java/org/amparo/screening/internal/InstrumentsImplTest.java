package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.Determination;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.InstrumentSet;
import org.junit.jupiter.api.Test;
import org.amparo.datafile.Source;

/** The instruments service and the engine component, built as DS would build them. */
class InstrumentsImplTest {

    @Test
    void theServiceOffersTheNewestVersionsAndFindsAStoredSetAgain() throws IOException {
        InstrumentsImpl instruments = new InstrumentsImpl(Source.of(Fixtures.classes()));
        InstrumentSet current = instruments.current();
        assertThat(current.instruments()).hasSize(4);
        assertThat(instruments.current()).as("the same set until something changes").isSameAs(current);
        assertThat(instruments.instrument("child", "1.0.0")).isPresent();
        assertThat(instruments.instrument("child", "0.9.0")).isEmpty();
        assertThat(instruments.versions("smuggling")).hasSize(1);
        assertThat(instruments.set(current.reference())).get().extracting(InstrumentSet::reference).isEqualTo(current.reference());
    }

    @Test
    void theEngineCompilesASetOnceAndGivesTheSameResultAsThePreparedForm() throws IOException {
        InstrumentSet set = new InstrumentsImpl(Source.of(Fixtures.classes())).current();
        DeterminationEngineImpl engine = new DeterminationEngineImpl();
        Answers answers = Answers.NONE.with("v-urgent-medical", Answer.yes());
        Determination first = engine.determine(set, answers, DeterminationContext.adult());
        assertThat(first.flagIds()).contains("urgent-medical-need");
        assertThat(engine.determine(set, answers, DeterminationContext.adult())).isEqualTo(first);
        assertThat(engine.prepare(set).determine(answers, DeterminationContext.adult())).isEqualTo(first);
    }
}
