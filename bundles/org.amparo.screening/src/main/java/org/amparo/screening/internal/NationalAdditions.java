package org.amparo.screening.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.NationalQuestion;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.screening.AnswerType;
import org.amparo.screening.Basis;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.InvalidDefinitionException;
import org.amparo.screening.Option;
import org.amparo.screening.Question;
import org.amparo.screening.ScreeningProblem;

/**
 * Builds the screening additions of one country-pack revision from what the country-pack extender
 * keeps of it: the whole {@code screening.json} the revision carried (questions, flags, rules), or,
 * for a revision stored before the extender kept the file, its questions alone. The additions are
 * checked against the core set they extend and compiled with it; when they do not hold together
 * the result carries the problems instead.
 */
final class NationalAdditions {
    private NationalAdditions() {
    }

    /**
     * The additions of a revision, or why they cannot be used.
     *
     * @param additions the additions, one per instrument extended (empty when {@code problems} is not)
     * @param problems why the revision's additions do not hold together with the core set
     */
    record Resolution(List<InstrumentAddition> additions, List<ScreeningProblem> problems) {
        Resolution {
            additions = List.copyOf(additions);
            problems = List.copyOf(problems);
        }

        boolean usable() {
            return problems.isEmpty();
        }

        Optional<InstrumentAddition> addition(String instrument) {
            return additions.stream().filter(a -> a.instrument().equals(instrument)).findFirst();
        }
    }

    /**
     * The additions of revision {@code revision} of pack {@code code} over {@code core}; empty when
     * {@code packs} keeps nothing of that revision's screening additions.
     */
    static Optional<Resolution> resolve(CountryPacks packs, String code, String revision, InstrumentSet core) {
        Optional<String> definition = packs.screeningDefinition(code, revision);
        if (definition.isPresent()) {
            return Optional.of(check(core, () -> new PackAdditionReader(definition.get(), code, revision, core).read()));
        }
        List<QuestionSnapshot> questions = packs.questions(code, revision);
        if (questions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(check(core, () -> of(code, revision, questions.stream().map(QuestionSnapshot::question).toList())));
    }

    /** The national questions an active pack publishes, for a source that keeps no revisions. */
    static Resolution current(Country country, InstrumentSet core) {
        return check(core, () -> of(country.code(), country.revision(), country.questions()));
    }

    /** Something that reads additions and may find them invalid. */
    private interface Reading {
        List<InstrumentAddition> read() throws IOException;
    }

    private static Resolution check(InstrumentSet core, Reading reading) {
        try {
            List<InstrumentAddition> additions = reading.read();
            new CompiledScreening(core.withAdditions(additions));
            return new Resolution(additions, List.of());
        } catch (InvalidDefinitionException e) {
            return new Resolution(List.of(), e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Questions only: what the published extender API describes of each question. */
    static List<InstrumentAddition> of(String code, String revision, List<NationalQuestion> national) {
        Map<String, List<Question>> byInstrument = new LinkedHashMap<>();
        for (NationalQuestion q : national) {
            List<Option> options = q.options().stream().map(o -> new Option(o.id(), o.labelKey(), List.of())).toList();
            List<Basis> basis = q.basis().stream().map(b -> new Basis(code + ":" + b, null)).toList();
            AnswerType type = AnswerType.of(q.answerType()).orElse(AnswerType.TEXT);
            byInstrument.computeIfAbsent(q.instrument(), k -> new ArrayList<>())
                    .add(new Question(q.id(), q.textKey(), q.helpKey(), type, options, null, basis, List.of()));
        }
        List<InstrumentAddition> additions = new ArrayList<>();
        byInstrument.forEach((instrument, questions) -> additions.add(
                new InstrumentAddition(code, revision, instrument, questions, List.of(), List.of())));
        return additions;
    }
}
