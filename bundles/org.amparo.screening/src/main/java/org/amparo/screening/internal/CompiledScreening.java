package org.amparo.screening.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.screening.AgeGroup;
import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.Basis;
import org.amparo.screening.Condition;
import org.amparo.screening.DecisionRules;
import org.amparo.screening.DecisionRules.DimensionExpression;
import org.amparo.screening.Determination;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.Explanation;
import org.amparo.screening.Factor;
import org.amparo.screening.FactorKind;
import org.amparo.screening.FlagDefinition;
import org.amparo.screening.Grade;
import org.amparo.screening.IndicatorList;
import org.amparo.screening.Instrument;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.InvalidDefinitionException;
import org.amparo.screening.Level;
import org.amparo.screening.Option;
import org.amparo.screening.Outcome;
import org.amparo.screening.PreparedScreening;
import org.amparo.screening.Question;
import org.amparo.screening.Rating;
import org.amparo.screening.RatingScale;
import org.amparo.screening.Rule;
import org.amparo.screening.ScreeningProblem;
import org.amparo.screening.SetReference;
import org.amparo.screening.Taxonomy;

/**
 * An {@link InstrumentSet} compiled once: questions, indicator references, flags and factors become
 * array indexes, conditions become trees over them, and flag rules are put in dependency order. A
 * determination is then a few passes over arrays, with three-valued logic (true, false, unknown)
 * so that a missing answer is never taken as present. Immutable and thread-safe; each
 * {@link #determine} call works on its own arrays.
 */
final class CompiledScreening implements PreparedScreening {
    static final byte F = 0;
    static final byte U = 1;
    static final byte T = 2;
    private static final String[] LEVEL_REFS = java.util.Arrays.stream(Level.values()).map(l -> "level:" + l.id())
            .toArray(String[]::new);

    private final InstrumentSet set;
    private final SetReference reference;
    private final Question[] questions;
    private final Map<String, Integer> questionIndex = new HashMap<>();
    private final Node[] showIf;
    /** Per question, the bit of each possible value ({@code yes}/{@code no}, or option ids). */
    private final Map<String, Long>[] valueBits;
    private final int[][] refSources;
    private final long[][] refBits;
    private final CList[] lists;
    private final Factor[] factors;
    private final Node[] factorWhen;
    private final RatingScale rating;
    private final String ratingRule;
    private final FlagDefinition[] flags;
    private final String[] flagRefs;
    private final String[] factorRefs;
    private final Map<String, Integer> flagIndex = new HashMap<>();
    private final CRule[] flagRules;
    private final CRule[] needRules;
    private final Map<String, Taxonomy.Service> services = new HashMap<>();
    private final Taxonomy.Service[] serviceList;
    private int nodeCount;

    /** A list ready to compute. */
    private record CList(IndicatorList list, DecisionRules.ListRule rule, CDim[] dims, DimNode outcome, String because) {
    }

    /** A dimension of a list: its rows and the index of each row's indicator reference. */
    private record CDim(String id, IndicatorList.Indicator[] rows, int[] refs, String because,
            Determination.DimensionResult nothing) {
    }

    /** A rule with its compiled condition; {@code flag} is the flag's index, or for a need rule the service's. */
    private record CRule(Rule rule, Node when, int flag) {
    }

    CompiledScreening(InstrumentSet set) {
        this.set = set;
        this.reference = set.reference();
        Compiler c = new Compiler();
        // questions: core instruments in order, then each addition after its instrument's questions
        List<Question> all = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Instrument instrument : set.instruments()) {
            instrument.questions().forEach(q -> {
                all.add(q);
                owners.add(instrument.reference());
            });
        }
        for (InstrumentAddition addition : set.additions()) {
            if (set.instrument(addition.instrument()).isEmpty()) {
                c.problem(addition.reference(), "", "screening.error.brokenReference", addition.instrument(), "no instrument of that id");
            }
            addition.questions().forEach(q -> {
                all.add(q);
                owners.add(addition.reference());
            });
        }
        questions = all.toArray(new Question[0]);
        @SuppressWarnings("unchecked")
        Map<String, Long>[] bits = new Map[questions.length];
        for (int i = 0; i < questions.length; i++) {
            Map<String, Long> byValue = new HashMap<>();
            Question q = questions[i];
            if (q.answerType() == org.amparo.screening.AnswerType.YES_NO) {
                byValue.put("yes", 1L);
                byValue.put("no", 2L);
            } else if (q.options().size() > 64) {
                c.problem(owners.get(i), q.id(), "screening.error.range", 1, 64);
            } else {
                for (int o = 0; o < q.options().size(); o++) {
                    byValue.put(q.options().get(o).id(), 1L << o);
                }
            }
            bits[i] = byValue;
        }
        valueBits = bits;
        for (int i = 0; i < questions.length; i++) {
            Integer before = questionIndex.putIfAbsent(questions[i].id(), i);
            if (before != null) {
                c.problem(owners.get(i), "/questions/" + questions[i].id(), "screening.error.duplicateId", questions[i].id(),
                        owners.get(before));
            }
        }
        // indicator references
        Map<String, List<int[]>> sources = new LinkedHashMap<>();
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < questions.length; i++) {
            for (String ref : questions[i].indicators()) {
                sources.computeIfAbsent(ref, k -> new ArrayList<>()).add(new int[] {i});
                values.computeIfAbsent(ref, k -> new ArrayList<>()).add("yes");
            }
            for (Option option : questions[i].options()) {
                for (String ref : option.indicators()) {
                    sources.computeIfAbsent(ref, k -> new ArrayList<>()).add(new int[] {i});
                    values.computeIfAbsent(ref, k -> new ArrayList<>()).add(option.id());
                }
            }
        }
        Set<String> knownRefs = new java.util.HashSet<>();
        for (IndicatorList list : set.indicatorLists()) {
            list.indicators().forEach(r -> knownRefs.add(list.scheme() + ":" + r.dimension() + "/" + r.item()));
        }
        Map<String, Integer> refIndex = new HashMap<>();
        List<int[]> refSourceList = new ArrayList<>();
        List<long[]> refBitList = new ArrayList<>();
        for (var entry : sources.entrySet()) {
            if (!knownRefs.contains(entry.getKey())) {
                c.problem("indicators", entry.getKey(), "screening.error.brokenReference", entry.getKey(), "no indicator of that id");
            }
            refIndex.put(entry.getKey(), refSourceList.size());
            int[] sourceQuestions = entry.getValue().stream().mapToInt(a -> a[0]).toArray();
            List<String> sourceValues = values.get(entry.getKey());
            long[] sourceBits = new long[sourceQuestions.length];
            for (int i = 0; i < sourceBits.length; i++) {
                sourceBits[i] = bits[sourceQuestions[i]].getOrDefault(sourceValues.get(i), 0L);
            }
            refSourceList.add(sourceQuestions);
            refBitList.add(sourceBits);
        }
        refSources = refSourceList.toArray(new int[0][]);
        refBits = refBitList.toArray(new long[0][]);
        // services
        set.taxonomy().services().forEach(s -> services.put(s.id(), s));
        serviceList = set.taxonomy().services().toArray(new Taxonomy.Service[0]);
        Map<String, Integer> serviceIndex = new HashMap<>();
        for (int i = 0; i < serviceList.length; i++) {
            serviceIndex.put(serviceList[i].id(), i);
        }
        // lists
        Map<String, DecisionRules.ListRule> ruleOf = new HashMap<>();
        for (DecisionRules.ListRule rule : set.rules().lists()) {
            for (String id : rule.lists()) {
                if (ruleOf.putIfAbsent(id, rule) != null) {
                    c.problem(set.rules().id(), rule.id(), "screening.error.duplicateId", id, ruleOf.get(id).id());
                }
            }
        }
        List<CList> compiledLists = new ArrayList<>();
        Map<String, Integer> listIndex = new HashMap<>();
        for (IndicatorList list : set.indicatorLists()) {
            DecisionRules.ListRule rule = ruleOf.get(list.id());
            if (rule == null) {
                c.problem(set.rules().id(), list.id(), "screening.error.noListRule", list.id());
                continue;
            }
            Map<String, Integer> dimIndex = new HashMap<>();
            CDim[] dims = new CDim[list.dimensions().size()];
            for (int d = 0; d < dims.length; d++) {
                String dim = list.dimensions().get(d).id();
                dimIndex.put(dim, d);
                IndicatorList.Indicator[] rows = list.indicators().stream().filter(r -> r.dimension().equals(dim))
                        .toArray(IndicatorList.Indicator[]::new);
                int[] refs = new int[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    refs[r] = refIndex.getOrDefault(list.scheme() + ":" + dim + "/" + rows[r].item(), -1);
                }
                dims[d] = new CDim(dim, rows, refs, "dimension:" + list.id() + "/" + dim,
                        new Determination.DimensionResult(list.id(), dim, Outcome.NOT_MET, 0, 0, 0, 0, 0,
                                new Explanation(rule.id(), List.of(), List.of(), rule.basis(), List.of(), List.of())));
            }
            DimNode outcome = c.dimension(rule.outcome(), dimIndex, list.id());
            listIndex.put(list.id(), compiledLists.size());
            compiledLists.add(new CList(list, rule, dims, outcome, "list:" + list.id()));
        }
        lists = compiledLists.toArray(new CList[0]);
        // flags
        List<FlagDefinition> flagList = new ArrayList<>();
        List<Rule> ruleList = new ArrayList<>();
        List<String> ruleOwners = new ArrayList<>();
        List<Factor> factorList = new ArrayList<>();
        RatingScale scale = null;
        String scaleRule = null;
        for (Instrument instrument : set.instruments()) {
            flagList.addAll(instrument.flags());
            instrument.rules().forEach(r -> {
                ruleList.add(r);
                ruleOwners.add(instrument.reference());
            });
            factorList.addAll(instrument.factors());
            if (instrument.rating() != null) {
                if (scale != null) {
                    c.problem(instrument.reference(), "/rating", "screening.error.twoRatings", scaleRule);
                }
                scale = instrument.rating();
                scaleRule = instrument.id() + "#rating";
            }
        }
        for (InstrumentAddition addition : set.additions()) {
            flagList.addAll(addition.flags());
            addition.rules().forEach(r -> {
                ruleList.add(r);
                ruleOwners.add(addition.reference());
            });
        }
        rating = scale;
        ratingRule = scaleRule;
        flags = flagList.toArray(new FlagDefinition[0]);
        flagRefs = flagList.stream().map(f -> "flag:" + f.id()).toArray(String[]::new);
        factorRefs = factorList.stream().map(f -> "factor:" + f.id()).toArray(String[]::new);
        for (int i = 0; i < flags.length; i++) {
            if (flagIndex.putIfAbsent(flags[i].id(), i) != null) {
                c.problem("flags", flags[i].id(), "screening.error.duplicateId", flags[i].id(), "another instrument");
            }
        }
        factors = factorList.toArray(new Factor[0]);
        Map<String, Integer> factorIndex = new HashMap<>();
        for (int i = 0; i < factors.length; i++) {
            if (factorIndex.putIfAbsent(factors[i].id(), i) != null) {
                c.problem("factors", factors[i].id(), "screening.error.duplicateId", factors[i].id(), "another instrument");
            }
        }
        c.listIndex = listIndex;
        c.factorIndex = factorIndex;
        // conditions
        showIf = new Node[questions.length];
        for (int i = 0; i < questions.length; i++) {
            if (questions[i].showIf() != null) {
                c.limit = i;
                showIf[i] = c.node(questions[i].showIf(), owners.get(i), questions[i].id());
                c.limit = Integer.MAX_VALUE;
            }
        }
        factorWhen = new Node[factors.length];
        for (int i = 0; i < factors.length; i++) {
            factorWhen[i] = c.node(factors[i].when(), "factors", factors[i].id());
        }
        Set<String> ruleIds = new java.util.HashSet<>();
        List<CRule> flagging = new ArrayList<>();
        List<CRule> needing = new ArrayList<>();
        for (int i = 0; i < ruleList.size(); i++) {
            Rule rule = ruleList.get(i);
            if (!ruleIds.add(rule.id())) {
                c.problem(ruleOwners.get(i), rule.id(), "screening.error.duplicateId", rule.id(), "another instrument");
            }
            Node when = c.node(rule.when(), ruleOwners.get(i), rule.id());
            if (rule.flag() != null) {
                Integer flag = flagIndex.get(rule.flag());
                if (flag == null) {
                    c.problem(ruleOwners.get(i), rule.id(), "screening.error.brokenReference", rule.flag(), "no flag of that id");
                } else {
                    flagging.add(new CRule(rule, when, flag));
                }
            } else {
                Integer service = serviceIndex.get(rule.need());
                if (service == null) {
                    c.problem(ruleOwners.get(i), rule.id(), "screening.error.brokenReference", rule.need(), "no service of that id");
                } else {
                    needing.add(new CRule(rule, when, service));
                }
            }
        }
        flagRules = order(flagging, c);
        needRules = needing.toArray(new CRule[0]);
        if (!c.problems.isEmpty()) {
            throw new InvalidDefinitionException(c.problems);
        }
    }

    /** Flag rules in an order where every rule comes after the rules raising the flags it uses. */
    private CRule[] order(List<CRule> rules, Compiler c) {
        Map<Integer, List<CRule>> byFlag = new LinkedHashMap<>();
        rules.forEach(r -> byFlag.computeIfAbsent(r.flag(), k -> new ArrayList<>()).add(r));
        Map<Integer, Set<Integer>> uses = new HashMap<>();
        for (CRule rule : rules) {
            Set<Integer> used = uses.computeIfAbsent(rule.flag(), k -> new LinkedHashSet<>());
            rule.when().flags(used);
        }
        List<CRule> ordered = new ArrayList<>();
        Map<Integer, Integer> state = new HashMap<>(); // 1 visiting, 2 done
        for (Integer flag : byFlag.keySet()) {
            visit(flag, byFlag, uses, state, ordered, c, new ArrayDeque<>());
        }
        return ordered.toArray(new CRule[0]);
    }

    private void visit(int flag, Map<Integer, List<CRule>> byFlag, Map<Integer, Set<Integer>> uses,
            Map<Integer, Integer> state, List<CRule> ordered, Compiler c, Deque<Integer> path) {
        Integer s = state.get(flag);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            c.problem("rules", flags[flag].id(), "screening.error.flagCycle", flags[flag].id());
            return;
        }
        state.put(flag, 1);
        path.push(flag);
        for (int used : uses.getOrDefault(flag, Set.of())) {
            visit(used, byFlag, uses, state, ordered, c, path);
        }
        path.pop();
        state.put(flag, 2);
        ordered.addAll(byFlag.getOrDefault(flag, List.of()));
    }

    @Override
    public InstrumentSet set() {
        return set;
    }

    /**
     * An immutable copy made in one step (the records' own {@code List.copyOf} then keeps it as is);
     * lists of one or two elements, the usual case, need no array at all.
     */
    @SuppressWarnings("unchecked")
    static <E> List<E> freeze(java.util.Collection<E> items) {
        if (items instanceof Names names) {
            return (List<E>) freeze(names.items);
        }
        if (items instanceof List<E> list) {
            switch (list.size()) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(list.get(0));
                case 2:
                    return List.of(list.get(0), list.get(1));
                default:
                    return List.copyOf(list);
            }
        }
        return items.isEmpty() ? List.of() : List.copyOf(items);
    }

    // ------------------------------------------------------------------ determination

    /** The state of one determination. */
    final class Run {
        final DeterminationContext context;
        final Answer[] answers = new Answer[questions.length];
        /** Bits of the values of each given answer (see {@code valueBits}). */
        final long[] chosen = new long[questions.length];
        /** Marks questions already named in the explanation being built ({@link #stamp}). */
        final int[] seen = new int[questions.length];
        int stamp;
        final byte[] visible = new byte[questions.length];
        final byte[] refs = new byte[refSources.length];
        final Outcome[] listOutcome = new Outcome[lists.length];
        final byte[] factor = new byte[factors.length];
        final byte[] flag = new byte[flags.length];
        /** Memoised node values, plus one (0: not yet evaluated). */
        final byte[] memo = new byte[nodeCount];
        final List<String>[] listMissing;
        final Set<String>[] factorMissing;
        final Set<String>[] flagMissing;

        @SuppressWarnings("unchecked")
        Run(DeterminationContext context) {
            listMissing = new List[lists.length];
            factorMissing = new Set[factors.length];
            flagMissing = new Set[flags.length];
            this.context = context;
        }

        boolean given(int q) {
            Answer a = answers[q];
            return a != null && a.given();
        }
    }

    @Override
    public Determination determine(Answers given, DeterminationContext context) {
        Run run = new Run(context);
        List<String> missing = new ArrayList<>();
        for (int q = 0; q < questions.length; q++) {
            Answer answer = given.get(questions[q].id());
            run.answers[q] = answer;
            if (answer != null && answer.given()) {
                long chosen = 0;
                Map<String, Long> byValue = valueBits[q];
                if (questions[q].answerType() == org.amparo.screening.AnswerType.YES_NO) {
                    for (String value : answer.values()) {
                        chosen |= "yes".equals(value) ? 1L : "no".equals(value) ? 2L : 0L;
                    }
                } else if (!byValue.isEmpty()) {
                    for (String value : answer.values()) {
                        Long bit = byValue.get(value);
                        if (bit != null) {
                            chosen |= bit;
                        }
                    }
                }
                run.chosen[q] = chosen;
            }
            run.visible[q] = showIf[q] == null ? T : showIf[q].eval(run);
            if (run.visible[q] == T && !run.given(q)) {
                missing.add(questions[q].id());
            }
        }
        for (int r = 0; r < refSources.length; r++) {
            run.refs[r] = refState(run, r);
        }
        // indicator lists
        List<Determination.DimensionResult> dimensions = new ArrayList<>();
        List<Determination.ListResult> listResults = new ArrayList<>();
        boolean indicative = false;
        for (int l = 0; l < lists.length; l++) {
            CList list = lists[l];
            if (!list.list().appliesTo(context.ageGroup(), context.exploitation())) {
                run.listOutcome[l] = null;
                continue;
            }
            Outcome[] dimOutcomes = new Outcome[list.dims().length];
            Determination.DimensionResult[] dimResults = new Determination.DimensionResult[dimOutcomes.length];
            for (int d = 0; d < list.dims().length; d++) {
                Determination.DimensionResult result = dimension(run, list, list.dims()[d]);
                dimOutcomes[d] = result.outcome();
                dimResults[d] = result;
                dimensions.add(result);
            }
            Outcome outcome = list.outcome().eval(dimOutcomes);
            run.listOutcome[l] = outcome;
            boolean verified = context.verified(list.list());
            indicative |= !verified;
            List<String> because = new ArrayList<>(dimOutcomes.length);
            Set<String> listMissing = null;
            for (int d = 0; d < dimOutcomes.length; d++) {
                if (dimOutcomes[d] == Outcome.MET) {
                    because.add(list.dims()[d].because());
                } else if (dimOutcomes[d] == Outcome.UNDETERMINED && outcome == Outcome.UNDETERMINED) {
                    if (listMissing == null) {
                        listMissing = new Names();
                    }
                    listMissing.addAll(dimResults[d].explanation().missing());
                }
            }
            List<String> missingHere = listMissing == null ? List.of() : freeze(listMissing);
            run.listMissing[l] = missingHere;
            listResults.add(new Determination.ListResult(list.list().id(), outcome, verified,
                    new Explanation(list.rule().id(), List.of(), List.of(), list.rule().basis(), freeze(because), missingHere)));
        }
        // vulnerability factors
        Map<Level, List<Determination.FactorResult>> risks = new EnumMap<>(Level.class);
        Map<Level, List<Determination.FactorResult>> protective = new EnumMap<>(Level.class);
        Map<Level, Set<String>> levelMissing = new EnumMap<>(Level.class);
        Map<Level, List<String>> levelBecause = new EnumMap<>(Level.class);
        for (int f = 0; f < factors.length; f++) {
            byte state = factorWhen[f].eval(run);
            run.factor[f] = state;
            Factor factor = factors[f];
            if (state == T) {
                Collector collector = new Collector();
                factorWhen[f].collect(run, collector);
                Determination.FactorResult result = new Determination.FactorResult(factor.id(), factor.labelKey(),
                        factor.level(), factor.kind(), factor.weight(), collector.explanation(factor.id(), factor.basis(), List.of()));
                (factor.kind() == FactorKind.RISK ? risks : protective).computeIfAbsent(factor.level(), k -> new ArrayList<>(4))
                        .add(result);
                levelBecause.computeIfAbsent(factor.level(), k -> new ArrayList<>(4)).add(factorRefs[f]);
            } else if (state == U) {
                Names out = new Names();
                factorWhen[f].missing(run, out);
                run.factorMissing[f] = out;
                levelMissing.computeIfAbsent(factor.level(), k -> new Names()).addAll(out);
            }
        }
        List<Determination.LevelResult> levels = new ArrayList<>();
        Rating overall = Rating.LOW;
        List<String> levelRefs = new ArrayList<>();
        for (Level level : Level.values()) {
            List<Determination.FactorResult> r = risks.getOrDefault(level, List.of());
            List<Determination.FactorResult> p = protective.getOrDefault(level, List.of());
            int risk = 0;
            for (Determination.FactorResult x : r) {
                risk += x.weight();
            }
            int protection = 0;
            for (Determination.FactorResult x : p) {
                protection += x.weight();
            }
            Rating levelRating = rating == null ? Rating.LOW : rating.rate(risk - protection);
            if (levelRating.compareTo(overall) > 0) {
                overall = levelRating;
            }
            List<String> because = levelBecause.getOrDefault(level, List.of());
            levelRefs.add(LEVEL_REFS[level.ordinal()]);
            levels.add(new Determination.LevelResult(level, r, p, risk, protection, levelRating,
                    new Explanation(ratingRule == null ? "none" : ratingRule, List.of(), List.of(),
                            rating == null ? List.of() : rating.basis(), because,
                            freeze(levelMissing.getOrDefault(level, Set.of())))));
        }
        Determination.VulnerabilityProfile profile = new Determination.VulnerabilityProfile(levels, overall,
                new Explanation(ratingRule == null ? "none" : ratingRule, List.of(), List.of(),
                        rating == null ? List.of() : rating.basis(), levelRefs, List.of()));
        // flags, in dependency order
        List<Determination.Undetermined> undetermined = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Explanation>[] raised = new List[flags.length];
        for (CRule rule : flagRules) {
            byte state = rule.when().eval(run);
            if (state > run.flag[rule.flag()]) {
                run.flag[rule.flag()] = state;
            }
            if (state == T) {
                if (raised[rule.flag()] == null) {
                    raised[rule.flag()] = new ArrayList<>(2);
                }
                raised[rule.flag()].add(explain(run, rule));
            } else if (state == U) {
                Names out = new Names();
                rule.when().missing(run, out);
                undetermined.add(new Determination.Undetermined(rule.rule().id(), rule.rule().flag(), null, freeze(out)));
            }
        }
        List<Determination.FlagResult> flagResults = new ArrayList<>();
        for (boolean urgent : new boolean[] {true, false}) {
            for (int f = 0; f < flags.length; f++) {
                if (flags[f].urgent() == urgent && raised[f] != null) {
                    flagResults.add(new Determination.FlagResult(flags[f].id(), flags[f].labelKey(), urgent, freeze(raised[f])));
                }
            }
        }
        // service needs
        @SuppressWarnings("unchecked")
        List<Explanation>[] byService = new List[serviceList.length];
        int[] serviceOrder = new int[serviceList.length];
        int servicesNoted = 0;
        for (CRule rule : needRules) {
            byte state = rule.when().eval(run);
            if (state == T) {
                int service = rule.flag();
                if (byService[service] == null) {
                    byService[service] = new ArrayList<>(2);
                    serviceOrder[servicesNoted++] = service;
                }
                byService[service].add(explain(run, rule));
            } else if (state == U) {
                Names out = new Names();
                rule.when().missing(run, out);
                undetermined.add(new Determination.Undetermined(rule.rule().id(), null, rule.rule().need(), freeze(out)));
            }
        }
        List<Determination.ServiceNeed> serviceNeeds = new ArrayList<>(servicesNoted);
        for (int i = 0; i < servicesNoted; i++) {
            Taxonomy.Service service = serviceList[serviceOrder[i]];
            serviceNeeds.add(new Determination.ServiceNeed(service.id(), service.labelKey(), freeze(byService[serviceOrder[i]])));
        }
        return new Determination(reference, context.ageGroup(), dimensions, listResults, profile, flagResults,
                serviceNeeds, undetermined, indicative, missing);
    }

    private Explanation explain(Run run, CRule rule) {
        Collector collector = new Collector();
        rule.when().collect(run, collector);
        return collector.explanation(rule.rule().id(), rule.rule().basis(), List.of());
    }

    private byte refState(Run run, int r) {
        byte state = F;
        int[] sources = refSources[r];
        long[] bits = refBits[r];
        for (int s = 0; s < sources.length; s++) {
            int q = sources[s];
            byte visible = run.visible[q];
            if (visible == F) {
                continue;
            }
            if (visible == U || !run.given(q)) {
                state = U;
            } else if ((run.chosen[q] & bits[s]) != 0) {
                return T;
            }
        }
        return state;
    }

    private Determination.DimensionResult dimension(Run run, CList list, CDim dim) {
        int strong = 0;
        int medium = 0;
        int weak = 0;
        int present = 0;
        int unknownStrong = 0;
        int unknownMedium = 0;
        int unknownWeak = 0;
        int unknown = 0;
        List<Explanation.UsedIndicator> used = null;
        List<Explanation.UsedAnswer> answers = null;
        int stamp = ++run.stamp;
        Set<String> missing = null;
        for (int i = 0; i < dim.rows().length; i++) {
            int ref = dim.refs()[i];
            byte state = ref < 0 ? F : run.refs[ref];
            if (state == F) {
                continue;
            }
            IndicatorList.Indicator row = dim.rows()[i];
            Grade grade = row.grade();
            if (state == T) {
                present++;
                if (grade == Grade.STRONG) {
                    strong++;
                } else if (grade == Grade.MEDIUM) {
                    medium++;
                } else if (grade == Grade.WEAK) {
                    weak++;
                }
                if (used == null) {
                    used = new ArrayList<>(4);
                    answers = new ArrayList<>(2);
                }
                List<String> questionIds = List.of();
                int[] sources = refSources[ref];
                for (int s = 0; s < sources.length; s++) {
                    int q = sources[s];
                    if (run.visible[q] == T && run.given(q) && (run.chosen[q] & refBits[ref][s]) != 0) {
                        String id = questions[q].id();
                        if (questionIds.isEmpty()) {
                            questionIds = List.of(id);
                        } else {
                            List<String> more = new ArrayList<>(questionIds);
                            more.add(id);
                            questionIds = List.copyOf(more);
                        }
                        if (run.seen[q] != stamp) {
                            run.seen[q] = stamp;
                            answers.add(new Explanation.UsedAnswer(id, run.answers[q]));
                        }
                    }
                }
                used.add(new Explanation.UsedIndicator(row.id(), row.labelKey(), grade, row.sourceConfidence(), questionIds));
            } else {
                unknown++;
                if (grade == Grade.STRONG) {
                    unknownStrong++;
                } else if (grade == Grade.MEDIUM) {
                    unknownMedium++;
                } else if (grade == Grade.WEAK) {
                    unknownWeak++;
                }
                if (missing == null) {
                    missing = new Names();
                }
                for (int q : refSources[ref]) {
                    missingOf(run, q, missing);
                }
            }
        }
        if (present == 0 && unknown == 0) {
            return dim.nothing();
        }
        Outcome outcome = Outcome.NOT_MET;
        for (DecisionRules.Threshold threshold : list.rule().thresholds()) {
            if (threshold.metBy(strong, medium, weak, present)) {
                outcome = Outcome.MET;
                break;
            }
            if (unknown > 0 && threshold.metBy(strong + unknownStrong, medium + unknownMedium, weak + unknownWeak,
                    present + unknown)) {
                outcome = Outcome.UNDETERMINED;
            }
        }
        return new Determination.DimensionResult(list.list().id(), dim.id(), outcome, strong, medium, weak, present, unknown,
                new Explanation(list.rule().id(), answers == null ? List.of() : freeze(answers), used == null ? List.of() : freeze(used),
                        list.rule().basis(), List.of(),
                        outcome == Outcome.MET || missing == null ? List.of() : freeze(missing)));
    }

    /** The questions whose missing answers leave question {@code q} undecided. */
    private void missingOf(Run run, int q, Set<String> out) {
        if (run.visible[q] == F) {
            return;
        }
        if (run.visible[q] == U) {
            showIf[q].missing(run, out);
        } else if (!run.given(q)) {
            out.add(questions[q].id());
        }
    }

    /** Question ids in the order first added, without repeats; small, so a list beats a hash set. */
    static final class Names extends java.util.AbstractSet<String> {
        private final ArrayList<String> items = new ArrayList<>(4);

        @Override
        public boolean add(String name) {
            if (items.contains(name)) {
                return false;
            }
            return items.add(name);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return items.iterator();
        }

        @Override
        public int size() {
            return items.size();
        }

        List<String> frozen() {
            return freeze(items);
        }
    }

    /** Gathers what a condition that came out true rests on. */
    final class Collector {
        private List<Explanation.UsedAnswer> answers = List.of();
        private List<String> because = List.of();

        void answer(int q, Run run) {
            String id = questions[q].id();
            for (Explanation.UsedAnswer used : answers) {
                if (used.question().equals(id)) {
                    return;
                }
            }
            if (answers.isEmpty()) {
                answers = new ArrayList<>(2);
            }
            answers.add(new Explanation.UsedAnswer(id, run.answers[q]));
        }

        void because(String ref) {
            if (because.isEmpty()) {
                because = new ArrayList<>(2);
            }
            because.add(ref);
        }

        Explanation explanation(String rule, List<Basis> basis, List<String> missing) {
            return new Explanation(rule, freeze(answers), List.of(), basis, freeze(because), missing);
        }
    }

    // ------------------------------------------------------------------ compiled conditions

    /** A compiled condition. */
    abstract class Node {
        final int id = nodeCount++;

        /** The node's value, computed once per run. */
        final byte eval(Run run) {
            byte memo = run.memo[id];
            if (memo != 0) {
                return (byte) (memo - 1);
            }
            byte value = compute(run);
            run.memo[id] = (byte) (value + 1);
            return value;
        }

        abstract byte compute(Run run);

        /** Called on a node that evaluated true: records what it rests on. */
        abstract void collect(Run run, Collector out);

        /** Adds the questions whose missing answers leave this node unknown. */
        abstract void missing(Run run, Set<String> out);

        /** Adds the flags it uses. */
        void flags(Set<Integer> out) {
        }
    }

    private final class AnswerIn extends Node {
        final int q;
        final long bits;

        AnswerIn(int q, List<String> values) {
            this.q = q;
            long all = 0;
            for (String value : values) {
                all |= valueBits[q].getOrDefault(value, 0L);
            }
            this.bits = all;
        }

        @Override
        byte compute(Run run) {
            byte visible = run.visible[q];
            if (visible != T) {
                return visible;
            }
            if (!run.given(q)) {
                return U;
            }
            return (run.chosen[q] & bits) != 0 ? T : F;
        }

        @Override
        void collect(Run run, Collector out) {
            out.answer(q, run);
        }

        @Override
        void missing(Run run, Set<String> out) {
            missingOf(run, q, out);
        }
    }

    private final class AnswerAtLeast extends Node {
        final int q;
        final BigDecimal minimum;

        AnswerAtLeast(int q, BigDecimal minimum) {
            this.q = q;
            this.minimum = minimum;
        }

        @Override
        byte compute(Run run) {
            byte visible = run.visible[q];
            if (visible != T) {
                return visible;
            }
            if (!run.given(q)) {
                return U;
            }
            try {
                return new BigDecimal(run.answers[q].values().get(0)).compareTo(minimum) >= 0 ? T : F;
            } catch (RuntimeException e) {
                return F;
            }
        }

        @Override
        void collect(Run run, Collector out) {
            out.answer(q, run);
        }

        @Override
        void missing(Run run, Set<String> out) {
            missingOf(run, q, out);
        }
    }

    /** All (minimum = size), any (minimum = 1) and count. */
    private final class CountNode extends Node {
        final Node[] parts;
        final int minimum;

        CountNode(Node[] parts, int minimum) {
            this.parts = parts;
            this.minimum = minimum;
        }

        @Override
        byte compute(Run run) {
            int trueCount = 0;
            int possible = parts.length;
            for (Node part : parts) {
                byte state = part.eval(run);
                if (state == T) {
                    if (++trueCount >= minimum) {
                        return T;
                    }
                } else if (state == F) {
                    if (--possible < minimum) {
                        return F;
                    }
                }
            }
            return U;
        }

        @Override
        void collect(Run run, Collector out) {
            for (Node part : parts) {
                if (part.eval(run) == T) {
                    part.collect(run, out);
                }
            }
        }

        @Override
        void missing(Run run, Set<String> out) {
            for (Node part : parts) {
                if (part.eval(run) == U) {
                    part.missing(run, out);
                }
            }
        }

        @Override
        void flags(Set<Integer> out) {
            for (Node part : parts) {
                part.flags(out);
            }
        }
    }

    private final class FlagNode extends Node {
        final int flag;

        FlagNode(int flag) {
            this.flag = flag;
        }

        @Override
        byte compute(Run run) {
            return run.flag[flag];
        }

        @Override
        void collect(Run run, Collector out) {
            out.because(flagRefs[flag]);
        }

        @Override
        void missing(Run run, Set<String> out) {
            Set<String> known = run.flagMissing[flag];
            if (known == null) {
                known = new Names();
                for (CRule rule : flagRules) {
                    if (rule.flag() == flag && rule.when().eval(run) == U) {
                        rule.when().missing(run, known);
                    }
                }
                run.flagMissing[flag] = known;
            }
            out.addAll(known);
        }

        @Override
        void flags(Set<Integer> out) {
            out.add(flag);
        }
    }

    private final class FactorNode extends Node {
        final int factor;

        FactorNode(int factor) {
            this.factor = factor;
        }

        @Override
        byte compute(Run run) {
            return run.factor[factor];
        }

        @Override
        void collect(Run run, Collector out) {
            out.because(factorRefs[factor]);
        }

        @Override
        void missing(Run run, Set<String> out) {
            Set<String> known = run.factorMissing[factor];
            if (known != null) {
                out.addAll(known);
            }
        }
    }

    private final class ListNode extends Node {
        final int[] lists;

        ListNode(int[] lists) {
            this.lists = lists;
        }

        @Override
        byte compute(Run run) {
            byte state = F;
            for (int l : lists) {
                Outcome outcome = run.listOutcome[l];
                if (outcome == Outcome.MET) {
                    return T;
                }
                if (outcome == Outcome.UNDETERMINED) {
                    state = U;
                }
            }
            return state;
        }

        @Override
        void collect(Run run, Collector out) {
            for (int l : lists) {
                if (run.listOutcome[l] == Outcome.MET) {
                    out.because(CompiledScreening.this.lists[l].because());
                }
            }
        }

        @Override
        void missing(Run run, Set<String> out) {
            for (int l : lists) {
                if (run.listOutcome[l] == Outcome.UNDETERMINED) {
                    out.addAll(run.listMissing[l]);
                }
            }
        }
    }

    private final class AgeNode extends Node {
        final AgeGroup group;
        final String because;

        AgeNode(AgeGroup group) {
            this.group = group;
            this.because = "ageGroup:" + group.id();
        }

        @Override
        byte compute(Run run) {
            return run.context.ageGroup() == group ? T : F;
        }

        @Override
        void collect(Run run, Collector out) {
            out.because(because);
        }

        @Override
        void missing(Run run, Set<String> out) {
        }
    }

    /** A compiled dimension expression of a list rule. */
    private interface DimNode {
        Outcome eval(Outcome[] dimensions);
    }

    private static Outcome all(Outcome[] parts) {
        Outcome result = Outcome.MET;
        for (Outcome part : parts) {
            if (part == Outcome.NOT_MET) {
                return Outcome.NOT_MET;
            }
            if (part == Outcome.UNDETERMINED) {
                result = Outcome.UNDETERMINED;
            }
        }
        return result;
    }

    private static Outcome any(Outcome[] parts) {
        Outcome result = Outcome.NOT_MET;
        for (Outcome part : parts) {
            if (part == Outcome.MET) {
                return Outcome.MET;
            }
            if (part == Outcome.UNDETERMINED) {
                result = Outcome.UNDETERMINED;
            }
        }
        return result;
    }

    /** Turns definitions into nodes, collecting every problem. */
    private final class Compiler {
        final List<ScreeningProblem> problems = new ArrayList<>();
        Map<String, Integer> listIndex = Map.of();
        Map<String, Integer> factorIndex = Map.of();
        int limit = Integer.MAX_VALUE;

        void problem(String where, String field, String reasonKey, Object... arguments) {
            List<String> args = new ArrayList<>();
            for (Object argument : arguments) {
                args.add(String.valueOf(argument));
            }
            problems.add(new ScreeningProblem(where, 0, field, reasonKey, args));
        }

        Node node(Condition condition, String where, String field) {
            if (condition instanceof Condition.AnswerIs is) {
                return new AnswerIn(question(is.question(), where, field), is.values());
            }
            if (condition instanceof Condition.AnswerAtLeast atLeast) {
                return new AnswerAtLeast(question(atLeast.question(), where, field), atLeast.minimum());
            }
            if (condition instanceof Condition.All all) {
                return new CountNode(nodes(all.conditions(), where, field), all.conditions().size());
            }
            if (condition instanceof Condition.Any any) {
                return new CountNode(nodes(any.conditions(), where, field), 1);
            }
            if (condition instanceof Condition.Count count) {
                return new CountNode(nodes(count.conditions(), where, field), count.minimum());
            }
            if (condition instanceof Condition.FlagRaised flag) {
                Integer index = flagIndex.get(flag.flag());
                if (index == null) {
                    problem(where, field, "screening.error.brokenReference", flag.flag(), "no flag of that id");
                    return new FlagNode(0);
                }
                return new FlagNode(index);
            }
            if (condition instanceof Condition.FactorPresent factor) {
                Integer index = factorIndex.get(factor.factor());
                if (index == null) {
                    problem(where, field, "screening.error.brokenReference", factor.factor(), "no factor of that id");
                    return new AgeNode(AgeGroup.ADULT);
                }
                return new FactorNode(index);
            }
            if (condition instanceof Condition.ListMet met) {
                int[] indexes = new int[met.lists().size()];
                for (int i = 0; i < indexes.length; i++) {
                    Integer index = listIndex.get(met.lists().get(i));
                    if (index == null) {
                        problem(where, field, "screening.error.brokenReference", met.lists().get(i), "no indicator list of that id");
                        index = 0;
                    }
                    indexes[i] = index;
                }
                return new ListNode(indexes);
            }
            if (condition instanceof Condition.AgeGroupIs age) {
                return new AgeNode(age.ageGroup());
            }
            throw new IllegalArgumentException("unknown condition " + condition);
        }

        private Node[] nodes(List<Condition> conditions, String where, String field) {
            Node[] nodes = new Node[conditions.size()];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = node(conditions.get(i), where, field);
            }
            return nodes;
        }

        private int question(String id, String where, String field) {
            Integer index = questionIndex.get(id);
            if (index == null) {
                problem(where, field, "screening.error.brokenReference", id, "no question of that id");
                return 0;
            }
            if (index >= limit) {
                problem(where, field, "screening.error.showIfLater", id);
                return 0;
            }
            return index;
        }

        DimNode dimension(DimensionExpression expression, Map<String, Integer> dims, String list) {
            if (expression instanceof DimensionExpression.Dimension d) {
                Integer index = dims.get(d.id());
                if (index == null) {
                    problem(set.rules().id(), list, "screening.error.brokenReference", d.id(), "no dimension of that id in " + list);
                    return outcomes -> Outcome.NOT_MET;
                }
                int i = index;
                return outcomes -> outcomes[i];
            }
            boolean isAll = expression instanceof DimensionExpression.AllOf;
            List<DimensionExpression> parts = isAll ? ((DimensionExpression.AllOf) expression).parts()
                    : ((DimensionExpression.AnyOf) expression).parts();
            DimNode[] nodes = parts.stream().map(p -> dimension(p, dims, list)).toArray(DimNode[]::new);
            return outcomes -> {
                Outcome[] values = new Outcome[nodes.length];
                for (int i = 0; i < nodes.length; i++) {
                    values[i] = nodes[i].eval(outcomes);
                }
                return isAll ? all(values) : any(values);
            };
        }
    }
}
