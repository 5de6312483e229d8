package org.amparo.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.screening.AgeGroup;
import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.Exploitation;
import org.amparo.datafile.JsonNode;

/**
 * The vignette table ({@code src/test/resources/vignettes.json}): short cases written by hand, each
 * with its answers and the results a caseworker should see. Answers: {@code "yes"}, {@code "no"},
 * an option id, a list of option ids (a checklist; empty = none applies), a number,
 * {@code "unknown"} or {@code "declined"}.
 */
final class Vignettes {
    /** One case. {@code expect} holds the raw JSON of the expected results. */
    record Vignette(String id, String about, Answers answers, DeterminationContext context, JsonNode.Obj expect) {
        @Override
        public String toString() {
            return id + ": " + about;
        }
    }

    private Vignettes() {
    }

    static List<Vignette> all() {
        try (InputStream in = Vignettes.class.getResourceAsStream("/vignettes.json")) {
            JsonNode.Obj root = (JsonNode.Obj) JsonNode.read(in);
            List<Vignette> result = new ArrayList<>();
            for (JsonNode item : ((JsonNode.Arr) root.members().get("vignettes")).items()) {
                JsonNode.Obj v = (JsonNode.Obj) item;
                Map<String, Answer> answers = new LinkedHashMap<>();
                ((JsonNode.Obj) v.members().get("answers")).members().forEach((question, value) -> answers.put(question, answer(value)));
                AgeGroup age = AgeGroup.of(text(v, "age")).orElseThrow();
                Set<Exploitation> forms = EnumSet.allOf(Exploitation.class);
                if (v.members().containsKey("forms")) {
                    forms = EnumSet.noneOf(Exploitation.class);
                    for (String form : strings(v.members().get("forms"))) {
                        forms.add(Exploitation.of(form).orElseThrow());
                    }
                }
                Map<String, Boolean> verified = new HashMap<>();
                if (v.members().containsKey("verified")) {
                    strings(v.members().get("verified")).forEach(list -> verified.put(list, true));
                }
                result.add(new Vignette(text(v, "id"), text(v, "about"), new Answers(answers),
                        new DeterminationContext(age, forms, verified), (JsonNode.Obj) v.members().get("expect")));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonNode.SyntaxError e) {
            throw new IllegalStateException("vignettes.json line " + e.line + ": " + e.detail);
        }
    }

    static Answer answer(JsonNode value) {
        if (value instanceof JsonNode.Arr array) {
            return Answer.of(strings(array).toArray(new String[0]));
        }
        Object scalar = ((JsonNode.Scalar) value).value();
        if (scalar instanceof Number number) {
            return Answer.number(new BigDecimal(number.toString()));
        }
        return switch ((String) scalar) {
            case "unknown" -> Answer.UNKNOWN;
            case "declined" -> Answer.DECLINED;
            default -> Answer.of((String) scalar);
        };
    }

    static String text(JsonNode.Obj object, String name) {
        return (String) ((JsonNode.Scalar) object.members().get(name)).value();
    }

    static List<String> strings(JsonNode node) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : ((JsonNode.Arr) node).items()) {
            result.add((String) ((JsonNode.Scalar) item).value());
        }
        return result;
    }
}
