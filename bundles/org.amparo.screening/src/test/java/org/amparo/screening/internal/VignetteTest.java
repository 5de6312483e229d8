package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.amparo.screening.Basis;
import org.amparo.screening.DecisionRules;
import org.amparo.screening.Determination;
import org.amparo.screening.Explanation;
import org.amparo.screening.Factor;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Level;
import org.amparo.screening.Outcome;
import org.amparo.screening.Rating;
import org.amparo.screening.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.amparo.datafile.JsonNode;

/**
 * The determination of every vignette matches what was written down for it by hand, and together
 * the vignettes take every rule, factor, list rule and threshold of the core instruments.
 */
class VignetteTest {
    private static final CompiledScreening ENGINE = new CompiledScreening(Fixtures.current());

    static Stream<Vignettes.Vignette> vignettes() {
        return Vignettes.all().stream();
    }

    @Test
    void thereAreAtLeastFortyVignettes() {
        assertThat(Vignettes.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Vignettes.all().stream().map(Vignettes.Vignette::id)).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void determinationMatchesTheVignette(Vignettes.Vignette vignette) {
        Determination d = ENGINE.determine(vignette.answers(), vignette.context());
        JsonNode.Obj expect = vignette.expect();
        expect.members().forEach((what, value) -> check(d, what, value));
        // never a legal identification, and always explained
        assertThat(d.lists()).allSatisfy(l -> assertThat(l.explanation().basis()).isNotEmpty());
        assertThat(d.flags()).allSatisfy(f -> assertThat(f.explanations()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.basis()).isNotEmpty()));
        assertThat(d.needs()).allSatisfy(n -> assertThat(n.explanations()).isNotEmpty());
    }

    private static void check(Determination d, String what, JsonNode value) {
        switch (what) {
            case "lists" -> map(value).forEach((list, outcome) -> assertThat(d.list(list))
                    .as("list %s", list).get().extracting(Determination.ListResult::outcome).isEqualTo(Outcome.valueOf(outcome)));
            case "absentLists" -> Vignettes.strings(value).forEach(list -> assertThat(d.list(list)).as("list %s", list).isEmpty());
            case "dimensions" -> map(value).forEach((key, outcome) -> assertThat(dimension(d, key).outcome())
                    .as("dimension %s", key).isEqualTo(Outcome.valueOf(outcome)));
            case "counts" -> ((JsonNode.Obj) value).members().forEach((key, counts) -> {
                Determination.DimensionResult r = dimension(d, key);
                List<String> expected = ((JsonNode.Arr) counts).items().stream()
                        .map(n -> ((JsonNode.Scalar) n).value().toString()).toList();
                assertThat(List.of(r.strong(), r.medium(), r.weak(), r.present()).stream().map(String::valueOf).toList())
                        .as("strong, medium, weak, present in %s", key).isEqualTo(expected);
                assertThat(r.explanation().indicators()).as("indicators explained in %s", key).hasSize(r.present());
            });
            case "flags" -> assertThat(d.flagIds()).containsAll(Vignettes.strings(value));
            case "noFlags" -> assertThat(d.flagIds()).doesNotContainAnyElementsOf(Vignettes.strings(value));
            case "flagsExactly" -> assertThat(d.flagIds()).containsExactlyInAnyOrderElementsOf(Vignettes.strings(value));
            case "firstFlag" -> assertThat(d.flags().get(0).flag()).isEqualTo(((JsonNode.Scalar) value).value());
            case "firstFlagUrgent" -> assertThat(d.flags().get(0).urgent()).isTrue();
            case "flagRules" -> map2(value).forEach((flag, rules) -> assertThat(d.flag(flag).orElseThrow().explanations().stream()
                    .map(Explanation::rule).toList()).as("rules raising %s", flag).containsExactlyInAnyOrderElementsOf(rules));
            case "flagClauses" -> map2(value).forEach((flag, clauses) -> assertThat(d.flag(flag).orElseThrow().explanations().stream()
                    .flatMap(e -> e.basis().stream()).map(Basis::clause).toList()).containsAll(clauses));
            case "needs" -> assertThat(d.serviceIds()).containsAll(Vignettes.strings(value));
            case "noNeeds" -> assertThat(d.serviceIds()).doesNotContainAnyElementsOf(Vignettes.strings(value));
            case "needRules" -> map2(value).forEach((need, rules) -> assertThat(d.needs().stream()
                    .filter(n -> n.service().equals(need)).flatMap(n -> n.explanations().stream()).map(Explanation::rule).toList())
                    .containsExactlyInAnyOrderElementsOf(rules));
            case "indicative" -> assertThat(d.indicative()).isEqualTo(((JsonNode.Scalar) value).value());
            case "verifiedLists" -> Vignettes.strings(value).forEach(l -> assertThat(d.list(l).orElseThrow().verified()).isTrue());
            case "unverifiedLists" -> Vignettes.strings(value).forEach(l -> assertThat(d.list(l).orElseThrow().verified()).isFalse());
            case "missing" -> assertThat(d.missing()).containsAll(Vignettes.strings(value));
            case "notMissing" -> assertThat(d.missing()).doesNotContainAnyElementsOf(Vignettes.strings(value));
            case "listMissing" -> map2(value).forEach((list, questions) -> assertThat(d.list(list).orElseThrow().explanation().missing())
                    .containsAll(questions));
            case "dimensionMissing" -> map2(value).forEach((key, questions) -> assertThat(dimension(d, key).explanation().missing())
                    .containsAll(questions));
            case "undetermined" -> assertThat(d.undetermined().stream().map(Determination.Undetermined::rule).toList())
                    .containsAll(Vignettes.strings(value));
            case "levels" -> map(value).forEach((level, rating) -> assertThat(level(d, level).rating())
                    .as("level %s", level).isEqualTo(Rating.valueOf(rating)));
            case "overall" -> assertThat(d.profile().overall()).isEqualTo(Rating.valueOf((String) ((JsonNode.Scalar) value).value()));
            case "risk" -> ((JsonNode.Obj) value).members().forEach((level, n) -> assertThat(level(d, level).risk())
                    .isEqualTo(((Number) ((JsonNode.Scalar) n).value()).intValue()));
            case "protection" -> ((JsonNode.Obj) value).members().forEach((level, n) -> assertThat(level(d, level).protection())
                    .isEqualTo(((Number) ((JsonNode.Scalar) n).value()).intValue()));
            case "factors" -> assertThat(factors(d)).containsAll(Vignettes.strings(value));
            case "noFactors" -> assertThat(factors(d)).doesNotContainAnyElementsOf(Vignettes.strings(value));
            case "levelMissing" -> map2(value).forEach((level, questions) -> assertThat(level(d, level).explanation().missing())
                    .containsAll(questions));
            default -> throw new IllegalArgumentException("unknown expectation " + what);
        }
    }

    @Test
    void theVignettesTakeEveryRuleFactorListRuleAndThreshold() {
        InstrumentSet set = Fixtures.current();
        Set<String> rules = new HashSet<>();
        Set<String> factors = new HashSet<>();
        Set<String> listRules = new HashSet<>();
        Set<DecisionRules.Threshold> thresholds = new HashSet<>();
        for (Vignettes.Vignette v : Vignettes.all()) {
            Determination d = ENGINE.determine(v.answers(), v.context());
            d.flags().forEach(f -> f.explanations().forEach(e -> rules.add(e.rule())));
            d.needs().forEach(n -> n.explanations().forEach(e -> rules.add(e.rule())));
            factors.addAll(factors(d));
            d.lists().stream().filter(l -> l.outcome() == Outcome.MET).forEach(l -> listRules.add(l.explanation().rule()));
            for (Determination.DimensionResult r : d.dimensions()) {
                if (r.outcome() == Outcome.MET) {
                    DecisionRules.ListRule rule = set.rules().lists().stream().filter(x -> x.lists().contains(r.list())).findFirst().orElseThrow();
                    rule.thresholds().stream().filter(t -> t.metBy(r.strong(), r.medium(), r.weak(), r.present())).findFirst()
                            .ifPresent(thresholds::add);
                }
            }
        }
        assertThat(rules).containsAll(set.instruments().stream().flatMap(i -> i.rules().stream()).map(Rule::id).toList());
        assertThat(factors).containsAll(set.instruments().stream().flatMap(i -> i.factors().stream()).map(Factor::id).toList());
        assertThat(listRules).containsAll(set.rules().lists().stream().map(DecisionRules.ListRule::id).toList());
        assertThat(thresholds).containsAll(set.rules().lists().stream().flatMap(l -> l.thresholds().stream()).toList());
    }

    private static Set<String> factors(Determination d) {
        Set<String> ids = new HashSet<>();
        d.profile().levels().forEach(l -> {
            l.risks().forEach(f -> ids.add(f.factor()));
            l.protective().forEach(f -> ids.add(f.factor()));
        });
        return ids;
    }

    private static Determination.LevelResult level(Determination d, String level) {
        return d.profile().level(Level.of(level).orElseThrow());
    }

    private static Determination.DimensionResult dimension(Determination d, String key) {
        String[] parts = key.split("/");
        return d.dimension(parts[0], parts[1]).orElseThrow(() -> new AssertionError("no dimension " + key));
    }

    private static Map<String, String> map(JsonNode value) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        ((JsonNode.Obj) value).members().forEach((k, v) -> result.put(k, (String) ((JsonNode.Scalar) v).value()));
        return result;
    }

    private static Map<String, List<String>> map2(JsonNode value) {
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        ((JsonNode.Obj) value).members().forEach((k, v) -> result.put(k, Vignettes.strings(v)));
        return result;
    }
}
