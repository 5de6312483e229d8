package org.amparo.screening.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.screening.AgeGroup;
import org.amparo.screening.AnswerType;
import org.amparo.screening.Basis;
import org.amparo.screening.Condition;
import org.amparo.screening.Option;
import org.amparo.screening.Question;
import org.amparo.datafile.JsonNode;

/**
 * Readers of the pieces that instrument files and country-pack additions share: conditions, basis,
 * questions and their options. Every reference found is recorded in the {@link ReadContext} and
 * checked once all files are read.
 */
final class Elements {
    static final List<String> ANSWER_TYPES = List.of("yes-no", "single-choice", "multiple-choice", "text", "number", "date");
    private static final List<String> CONDITION_FORMS = List.of("answer", "all", "any", "count", "flag", "factor",
            "listMet", "ageGroup");

    private Elements() {
    }

    /** Detects duplicate ids within one scope, naming the line of the first use. */
    static final class Ids {
        private final ReadContext context;
        private final String file;
        private final Map<String, Integer> seen = new HashMap<>();

        Ids(ReadContext context, String file) {
            this.context = context;
            this.file = file;
        }

        boolean add(String id, int line, String pointer) {
            if (id == null) {
                return true;
            }
            Integer first = seen.putIfAbsent(id, line);
            if (first != null) {
                context.problems.add(file, line, pointer, "screening.error.duplicateId", id, first);
                return false;
            }
            return true;
        }

        boolean contains(String id) {
            return seen.containsKey(id);
        }
    }

    /**
     * The condition in member {@code name} of {@code f}, or {@code null} (reported if required).
     * Question ids it uses are added to {@code questionsUsed}.
     */
    static Condition condition(Fields f, String name, boolean required, List<String> questionsUsed) {
        JsonNode node = f.node(name, required);
        return node == null ? null : condition(f.context, f.file, node, f.at(name), questionsUsed);
    }

    static Condition condition(ReadContext context, String file, JsonNode node, String pointer, List<String> questionsUsed) {
        if (!(node instanceof JsonNode.Obj obj)) {
            context.problems.add(file, node.line(), pointer, "screening.error.type", "a condition (an object)");
            return null;
        }
        Fields c = new Fields(context, file, obj, pointer);
        List<String> forms = CONDITION_FORMS.stream().filter(c::has).toList();
        if (forms.size() != 1) {
            c.problem("screening.error.conditionForm", String.join(", ", CONDITION_FORMS));
            return null;
        }
        Condition result = switch (forms.get(0)) {
            case "answer" -> answer(c, questionsUsed);
            case "all", "any" -> {
                List<Condition> parts = parts(c, forms.get(0), questionsUsed);
                yield parts == null ? null : forms.get(0).equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
            }
            case "count" -> {
                Integer minimum = c.integer("count", true, 1, 1000);
                List<Condition> parts = parts(c, "of", questionsUsed);
                if (minimum != null && parts != null && minimum > parts.size()) {
                    c.problemAt("count", "screening.error.range", 1, parts.size());
                    yield null;
                }
                yield minimum == null || parts == null ? null : new Condition.Count(minimum, parts);
            }
            case "flag" -> {
                String flag = c.string("flag", true);
                context.refer(ReadContext.Kind.FLAG, flag, file, c.lineOf("flag"), c.at("flag"));
                yield flag == null ? null : new Condition.FlagRaised(flag);
            }
            case "factor" -> {
                String factor = c.string("factor", true);
                context.refer(ReadContext.Kind.FACTOR, factor, file, c.lineOf("factor"), c.at("factor"));
                yield factor == null ? null : new Condition.FactorPresent(factor);
            }
            case "listMet" -> {
                List<String> lists = new ArrayList<>();
                for (Fields.Item item : c.stringOrStrings("listMet", true)) {
                    context.refer(ReadContext.Kind.LIST, item.value(), file, item.line(), item.pointer());
                    lists.add(item.value());
                }
                emptyList(c, obj, "listMet");
                yield lists.isEmpty() ? null : new Condition.ListMet(lists);
            }
            case "ageGroup" -> {
                String group = c.oneOf("ageGroup", true, List.of("adult", "child"));
                yield group == null ? null : new Condition.AgeGroupIs(AgeGroup.of(group).orElseThrow());
            }
            default -> throw new IllegalStateException(forms.get(0));
        };
        c.noOthers();
        return result;
    }

    private static Condition answer(Fields c, List<String> questionsUsed) {
        String question = c.string("answer", true);
        c.context.refer(ReadContext.Kind.QUESTION, question, c.file, c.lineOf("answer"), c.at("answer"));
        if (question != null) {
            questionsUsed.add(question);
        }
        boolean is = c.has("is");
        boolean atLeast = c.has("atLeast");
        if (is == atLeast) {
            c.problem("screening.error.answerForm");
            c.node("is", false);
            c.node("atLeast", false);
            return null;
        }
        if (atLeast) {
            BigDecimal minimum = c.number("atLeast", true);
            c.context.refer(ReadContext.Kind.NUMBER_QUESTION, question, c.file, c.lineOf("atLeast"), c.at("atLeast"));
            return question == null || minimum == null ? null : new Condition.AnswerAtLeast(question, minimum);
        }
        List<Fields.Item> items = c.stringOrStrings("is", true);
        emptyList(c, c.object(), "is");
        for (Fields.Item item : items) {
            if (question != null) {
                c.context.refer(ReadContext.Kind.ANSWER_VALUE, question + "=" + item.value(), c.file, item.line(), item.pointer());
            }
        }
        List<String> values = items.stream().map(Fields.Item::value).toList();
        return question == null || values.isEmpty() ? null : new Condition.AnswerIs(question, values);
    }

    /** An empty list where a condition needs at least one value (it would otherwise be dropped unseen). */
    private static void emptyList(Fields c, JsonNode.Obj obj, String name) {
        if (obj.members().get(name) instanceof JsonNode.Arr array && array.items().isEmpty()) {
            c.problemAt(name, "screening.error.empty");
        }
    }

    private static List<Condition> parts(Fields c, String name, List<String> questionsUsed) {
        JsonNode node = c.node(name, true);
        if (node == null) {
            return null;
        }
        if (!(node instanceof JsonNode.Arr array) || array.items().isEmpty()) {
            c.problemAt(name, "screening.error.type", "a non-empty list of conditions");
            return null;
        }
        List<Condition> parts = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.items().size(); i++) {
            Condition part = condition(c.context, c.file, array.items().get(i), c.at(name) + "/" + i, questionsUsed);
            ok &= part != null;
            parts.add(part);
        }
        return ok ? parts : null;
    }

    /** {@code basis}: a list of {@code {"standard": id, "clause": text}}. */
    static List<Basis> basis(Fields f, boolean required) {
        List<Basis> result = new ArrayList<>();
        for (Fields b : f.objects("basis", required)) {
            String standard = b.string("standard", true);
            f.context.refer(ReadContext.Kind.STANDARD, standard, f.file, b.lineOf("standard"), b.at("standard"));
            String clause = b.string("clause", false);
            b.noOthers();
            if (standard != null) {
                result.add(new Basis(standard, clause));
            }
        }
        return result;
    }

    /** Indicator references ({@code scheme:dimension/item}) in member {@code name}. */
    static List<String> indicators(Fields f, String name) {
        List<String> result = new ArrayList<>();
        for (Fields.Item item : f.strings(name, false)) {
            f.context.refer(ReadContext.Kind.INDICATOR, item.value(), f.file, item.line(), item.pointer());
            result.add(item.value());
        }
        return result;
    }

    /**
     * The members a question has wherever it is written ({@code id}, {@code text}, {@code help},
     * {@code answerType}, {@code options}, {@code showIf}, {@code indicators}); the caller reads the
     * rest and calls {@link Fields#noOthers()}. {@code earlier}: ids of the questions before it, the
     * only ones {@code showIf} may use.
     */
    static Question question(Fields q, Set<String> earlier, List<Basis> basis) {
        String id = q.id("id");
        String text = q.key("text", true);
        String help = q.key("help", false);
        String type = q.oneOf("answerType", true, ANSWER_TYPES);
        AnswerType answerType = type == null ? null : AnswerType.of(type).orElseThrow();
        List<Fields> optionFields = q.objects("options", false);
        if (answerType != null && answerType.isChoice() && optionFields.isEmpty()) {
            q.problemAt("options", "screening.error.optionsRequired", type);
        } else if (answerType != null && !answerType.isChoice() && !optionFields.isEmpty()) {
            q.problemAt("options", "screening.error.optionsNotAllowed", type);
        }
        List<Option> options = new ArrayList<>();
        Ids optionIds = new Ids(q.context, q.file);
        for (Fields o : optionFields) {
            String oid = o.id("id");
            optionIds.add(oid, o.line(), o.at("id"));
            String label = o.key("label", true);
            List<String> indicators = indicators(o, "indicators");
            o.noOthers();
            if (oid != null) {
                options.add(new Option(oid, label, indicators));
            }
        }
        List<String> used = new ArrayList<>();
        Condition showIf = condition(q, "showIf", false, used);
        for (String other : used) {
            if (!earlier.contains(other)) {
                q.problemAt("showIf", "screening.error.showIfLater", other);
            }
        }
        List<String> indicators = indicators(q, "indicators");
        if (!indicators.isEmpty() && answerType != null && answerType != AnswerType.YES_NO) {
            q.problemAt("indicators", "screening.error.indicatorsYesNo", type);
        }
        if (id == null || answerType == null) {
            return null;
        }
        return new Question(id, text, help, answerType, options, showIf, basis, indicators);
    }
}
