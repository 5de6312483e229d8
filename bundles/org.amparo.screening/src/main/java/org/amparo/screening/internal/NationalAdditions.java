package org.amparo.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amparo.countries.Country;
import org.amparo.countries.NationalQuestion;
import org.amparo.screening.AnswerType;
import org.amparo.screening.Basis;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.Option;
import org.amparo.screening.Question;

/**
 * Turns the national questions that the country-pack extender publishes into instrument additions.
 * The extender reads the published {@code amparo.screening/1} format, so these carry questions only;
 * rules and indicator links arrive once the extender passes on the proposed optional members (see
 * docs/decisions/0011).
 */
final class NationalAdditions {
    private NationalAdditions() {
    }

    static List<InstrumentAddition> of(Country country) {
        Map<String, List<Question>> byInstrument = new LinkedHashMap<>();
        for (NationalQuestion q : country.questions()) {
            List<Option> options = q.options().stream().map(o -> new Option(o.id(), o.labelKey(), List.of())).toList();
            List<Basis> basis = q.basis().stream().map(b -> new Basis(country.code() + ":" + b, null)).toList();
            AnswerType type = AnswerType.of(q.answerType()).orElse(AnswerType.TEXT);
            byInstrument.computeIfAbsent(q.instrument(), k -> new ArrayList<>())
                    .add(new Question(q.id(), q.textKey(), q.helpKey(), type, options, null, basis, List.of()));
        }
        List<InstrumentAddition> additions = new ArrayList<>();
        byInstrument.forEach((instrument, questions) -> additions.add(
                new InstrumentAddition(country.code(), country.revision(), instrument, questions, List.of(), List.of())));
        return additions;
    }
}
