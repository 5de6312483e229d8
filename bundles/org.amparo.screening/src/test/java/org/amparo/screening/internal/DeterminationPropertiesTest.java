package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.amparo.screening.AgeGroup;
import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.Condition;
import org.amparo.screening.Determination;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.Exploitation;
import org.amparo.screening.Factor;
import org.amparo.screening.FactorKind;
import org.amparo.screening.Grade;
import org.amparo.screening.IndicatorList;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Option;
import org.amparo.screening.Outcome;
import org.amparo.screening.Question;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any answers, checked on thousands of seeded random answer sets over
 * the real core instruments (jqwik was not used; see docs/decisions/0011).
 */
class DeterminationPropertiesTest {
    private static final int TRIALS = 3000;
    private static final InstrumentSet SET = Fixtures.current();
    private static final CompiledScreening ENGINE = new CompiledScreening(SET);

    private static DeterminationContext context(RandomAnswers random) {
        AgeGroup age = random.random().nextBoolean() ? AgeGroup.ADULT : AgeGroup.CHILD;
        return new DeterminationContext(age, EnumSet.allOf(Exploitation.class), Map.of());
    }

    @Test
    void addingAProtectiveFactorNeverRaisesRisk() {
        List<Factor> protective = SET.instruments().stream().flatMap(i -> i.factors().stream())
                .filter(f -> f.kind() == FactorKind.PROTECTIVE).toList();
        assertThat(protective).isNotEmpty();
        RandomAnswers random = new RandomAnswers(SET, 11);
        int added = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Answers answers = random.next();
            DeterminationContext context = context(random);
            Factor factor = protective.get(random.random().nextInt(protective.size()));
            Condition.AnswerIs when = (Condition.AnswerIs) factor.when();
            Determination before = ENGINE.determine(answers, context);
            Determination after = ENGINE.determine(answers.with(when.question(), Answer.of(when.values().get(0))), context);
            assertThat(present(after, factor.id())).as("trial %d: %s present", trial, factor.id()).isTrue();
            added += present(before, factor.id()) ? 0 : 1;
            for (Determination.LevelResult level : after.profile().levels()) {
                Determination.LevelResult was = before.profile().level(level.level());
                assertThat(level.rating()).as("trial %d, %s, adding %s", trial, level.level(), factor.id())
                        .isLessThanOrEqualTo(was.rating());
                assertThat(level.risk() - level.protection()).isLessThanOrEqualTo(was.risk() - was.protection());
            }
            assertThat(after.profile().overall()).isLessThanOrEqualTo(before.profile().overall());
        }
        assertThat(added).as("trials where the factor was newly added").isGreaterThan(TRIALS / 2);
    }

    /** A strong indicator, and the question and option that show it. */
    private record Strong(IndicatorList list, IndicatorList.Indicator row, Question question, Option option) {
    }

    @Test
    void addingAStrongIndicatorNeverTurnsAMetDimensionOrListAround() {
        List<Strong> strong = new ArrayList<>();
        List<Question> questions = SET.instruments().stream().flatMap(i -> i.questions()).toList();
        for (IndicatorList list : SET.indicatorLists()) {
            for (IndicatorList.Indicator row : list.indicators()) {
                if (row.grade() != Grade.STRONG) {
                    continue;
                }
                String ref = list.scheme() + ":" + row.dimension() + "/" + row.item();
                for (Question q : questions) {
                    q.options().stream().filter(o -> o.indicators().contains(ref)).forEach(o -> strong.add(new Strong(list, row, q, o)));
                }
            }
        }
        assertThat(strong).hasSizeGreaterThan(20);
        RandomAnswers random = new RandomAnswers(SET, 23);
        int newlyPresent = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Answers answers = random.next();
            Strong pick = strong.get(random.random().nextInt(strong.size()));
            DeterminationContext context = new DeterminationContext(pick.list().ageGroup(), EnumSet.allOf(Exploitation.class), Map.of());
            Answer current = answers.get(pick.question().id());
            List<String> values = new ArrayList<>(current != null && current.given() ? current.values() : List.of());
            boolean wasSelected = values.contains(pick.option().id());
            if (!wasSelected) {
                values.add(pick.option().id());
            }
            Answers more = answers.with(pick.question().id(), Answer.of(values.toArray(new String[0])));
            if (pick.question().showIf() instanceof Condition.AnswerIs gate) {
                more = more.with(gate.question(), Answer.yes());
            }
            Determination before = ENGINE.determine(answers, context);
            Determination after = ENGINE.determine(more, context);
            for (Determination.DimensionResult was : before.dimensions()) {
                if (was.outcome() == Outcome.MET) {
                    assertThat(after.dimension(was.list(), was.dimension()).orElseThrow().outcome())
                            .as("trial %d: %s/%s after adding %s", trial, was.list(), was.dimension(), pick.row().id())
                            .isEqualTo(Outcome.MET);
                }
            }
            for (Determination.ListResult was : before.lists()) {
                if (was.outcome() == Outcome.MET) {
                    assertThat(after.list(was.list()).orElseThrow().outcome()).isEqualTo(Outcome.MET);
                }
            }
            assertThat(after.flagIds()).containsAll(before.flagIds().stream().filter(f -> f.equals("possible-trafficking-victim")).toList());
            Determination.DimensionResult dim = after.dimension(pick.list().id(), pick.row().dimension()).orElseThrow();
            assertThat(dim.strong()).isGreaterThanOrEqualTo(1);
            assertThat(dim.explanation().indicators()).extracting(e -> e.indicator()).contains(pick.row().id());
            newlyPresent += wasSelected ? 0 : 1;
        }
        assertThat(newlyPresent).isGreaterThan(TRIALS / 2);
    }

    @Test
    void missingInformationNeverRaisesAResult() {
        RandomAnswers random = new RandomAnswers(SET, 37);
        for (int trial = 0; trial < TRIALS; trial++) {
            Answers answers = random.next();
            DeterminationContext context = context(random);
            List<String> given = answers.byQuestion().entrySet().stream().filter(e -> e.getValue().given()).map(Map.Entry::getKey)
                    .sorted().toList();
            if (given.isEmpty()) {
                continue;
            }
            String forgotten = given.get(random.random().nextInt(given.size()));
            Answer unknown = random.random().nextBoolean() ? Answer.UNKNOWN : Answer.DECLINED;
            Determination known = ENGINE.determine(answers, context);
            Determination lessKnown = ENGINE.determine(answers.with(forgotten, unknown), context);
            assertThat(known.flagIds()).as("trial %d, %s made %s", trial, forgotten, unknown).containsAll(lessKnown.flagIds());
            assertThat(known.serviceIds()).containsAll(lessKnown.serviceIds());
            for (Determination.ListResult l : lessKnown.lists()) {
                if (l.outcome() == Outcome.MET) {
                    assertThat(known.list(l.list()).orElseThrow().outcome()).isEqualTo(Outcome.MET);
                }
            }
            for (Determination.LevelResult level : lessKnown.profile().levels()) {
                assertThat(level.risk()).isLessThanOrEqualTo(known.profile().level(level.level()).risk());
            }
        }
    }

    @Test
    void theSameAnswersAlwaysGiveTheSameDetermination() {
        RandomAnswers random = new RandomAnswers(SET, 41);
        CompiledScreening other = new CompiledScreening(SET);
        for (int trial = 0; trial < 500; trial++) {
            Answers answers = random.next();
            DeterminationContext context = context(random);
            assertThat(other.determine(answers, context)).isEqualTo(ENGINE.determine(answers, context));
        }
    }

    @Test
    void everyMetResultIsExplainedByPresentIndicatorsOrAnswers() {
        RandomAnswers random = new RandomAnswers(SET, 53);
        for (int trial = 0; trial < TRIALS; trial++) {
            Determination d = ENGINE.determine(random.next(), context(random));
            for (Determination.DimensionResult r : d.dimensions()) {
                assertThat(r.explanation().indicators()).hasSize(r.present());
                if (r.outcome() == Outcome.MET) {
                    assertThat(r.explanation().answers()).isNotEmpty();
                    assertThat(r.explanation().missing()).isEmpty();
                }
                if (r.outcome() == Outcome.UNDETERMINED) {
                    assertThat(r.explanation().missing()).as("an undetermined dimension names what is missing").isNotEmpty();
                }
            }
            d.flags().forEach(f -> f.explanations().forEach(e -> assertThat(e.answers().isEmpty() && e.because().isEmpty())
                    .as("flag %s rests on something", f.flag()).isFalse()));
            d.undetermined().forEach(u -> assertThat(u.missing()).as("rule %s", u.rule()).isNotEmpty());
        }
    }

    private static boolean present(Determination d, String factor) {
        return d.profile().levels().stream().flatMap(l -> java.util.stream.Stream.concat(l.risks().stream(), l.protective().stream()))
                .anyMatch(f -> f.factor().equals(factor));
    }
}
