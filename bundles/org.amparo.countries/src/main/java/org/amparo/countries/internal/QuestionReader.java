package org.amparo.countries.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.amparo.countries.Evidence;
import org.amparo.countries.NationalQuestion;
import org.amparo.datafile.JsonNode;

/**
 * Reads {@code screening.json}: national questions and, optionally, {@code showIf} and
 * {@code indicators} on questions, {@code indicators} on options, and national {@code flags} and
 * {@code rules}. Everything is checked that can be checked without the core instruments: structure,
 * unique ids, message keys, law references, and every reference to a question or flag of the pack
 * itself (a {@code showIf} only on earlier questions, {@code is} values the question can take,
 * {@code atLeast} only on number questions). A reference to anything else is taken to name a core
 * question, flag, factor, list, indicator or service: the screening bundle checks those when it
 * builds the additions, and leaves out a pack whose additions do not hold together with the core.
 */
final class QuestionReader {
    static final List<String> CONDITION_FORMS = List.of("answer", "all", "any", "count", "flag", "factor", "listMet",
            "ageGroup");
    static final Pattern INDICATOR = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9_.-]*:[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*");

    /**
     * What the file holds, as far as this extender needs it.
     *
     * @param questions the national questions, in file order
     * @param flags ids of the national flags
     * @param rules how many national rules
     * @param keys every message key the file uses (texts stored with each revision)
     */
    record Screening(List<NationalQuestion> questions, List<String> flags, int rules, Set<String> keys) {
        static final Screening NONE = new Screening(List.of(), List.of(), 0, Set.of());
    }

    /** An {@code answer} condition, judged once every question of the pack is known. */
    private record AnswerRef(String question, int line, String pointer, List<Fields.Item> values, Fields.Item atLeast,
            int askedBefore) {
    }

    private final PackParser.Context context;
    private final String file;
    private final PackParser.References references;
    private final List<AnswerRef> answers = new ArrayList<>();
    private final Set<String> keys = new LinkedHashSet<>();

    QuestionReader(PackParser.Context context, String file, PackParser.References references) {
        this.context = context;
        this.file = file;
        this.references = references;
    }

    Screening read(JsonNode.Obj json) {
        Fields f = new Fields(context, file, json, "");
        LawReader.format(f, json, "amparo.screening/1");
        List<NationalQuestion> questions = new ArrayList<>();
        Ids questionIds = new Ids(context, file);
        int index = 0;
        for (Fields q : f.objects("questions", true)) {
            String id = q.id("id");
            questionIds.add(id, q.line(), q.at("id"));
            String instrument = q.oneOf("instrument", true, PackParser.INSTRUMENTS);
            String text = key(q, "text", true);
            String help = key(q, "help", false);
            String answerType = q.oneOf("answerType", true, PackParser.ANSWER_TYPES);
            List<NationalQuestion.Option> options = new ArrayList<>();
            Ids optionIds = new Ids(context, file);
            List<Fields> optionFields = q.objects("options", false);
            boolean choice = "single-choice".equals(answerType) || "multiple-choice".equals(answerType);
            if (choice && optionFields.isEmpty()) {
                q.problemAt("options", "pack.error.optionsRequired", answerType);
            } else if (!choice && answerType != null && !optionFields.isEmpty()) {
                q.problemAt("options", "pack.error.optionsNotAllowed", answerType);
            }
            for (Fields o : optionFields) {
                String oid = o.id("id");
                optionIds.add(oid, o.line(), o.at("id"));
                String label = key(o, "label", true);
                indicators(o);
                o.noOthers();
                options.add(new NationalQuestion.Option(oid, label));
            }
            condition(q, "showIf", false, index);
            if (!indicators(q).isEmpty() && answerType != null && !"yes-no".equals(answerType)) {
                q.problemAt("indicators", "pack.error.indicatorsYesNo", answerType);
            }
            List<String> basis = PackParser.basis(context, file, q, references);
            Evidence evidence = q.evidence(false);
            note(evidence);
            q.noOthers();
            questions.add(new NationalQuestion(id, instrument, text, help, answerType, options, basis, evidence));
            index++;
        }
        List<String> flags = new ArrayList<>();
        Ids flagIds = new Ids(context, file);
        for (Fields g : f.objects("flags", false)) {
            String id = g.id("id");
            flagIds.add(id, g.line(), g.at("id"));
            g.oneOf("instrument", true, PackParser.INSTRUMENTS);
            key(g, "label", true);
            g.bool("urgent", false);
            g.noOthers();
            if (id != null) {
                flags.add(id);
            }
        }
        int rules = 0;
        Ids ruleIds = new Ids(context, file);
        for (Fields r : f.objects("rules", false)) {
            String id = r.id("id");
            ruleIds.add(id, r.line(), r.at("id"));
            r.oneOf("instrument", true, PackParser.INSTRUMENTS);
            condition(r, "when", true, Integer.MAX_VALUE);
            boolean flag = r.has("flag");
            boolean need = r.has("need");
            if (flag == need) {
                r.problem("pack.error.flagOrNeed");
            }
            // a flag of the pack or of the core, or a service of the protection taxonomy: the
            // screening bundle checks what is not in this file
            for (String member : List.of("flag", "need")) {
                if (r.has(member)) {
                    r.id(member);
                } else {
                    r.node(member, false);
                }
            }
            PackParser.basis(context, file, r, references);
            note(r.evidence(false));
            r.noOthers();
            rules++;
        }
        f.noOthers();
        checkAnswers(questions);
        return new Screening(questions, flags, rules, Set.copyOf(keys));
    }

    private String key(Fields f, String name, boolean required) {
        String key = f.key(name, required);
        if (key != null) {
            keys.add(key);
        }
        return key;
    }

    private void note(Evidence evidence) {
        if (evidence.noteKey() != null) {
            keys.add(evidence.noteKey());
        }
    }

    /** {@code indicators}: references to core indicators, {@code scheme:dimension/item}. */
    private List<String> indicators(Fields f) {
        List<String> result = new ArrayList<>();
        for (Fields.Item item : f.strings("indicators", false)) {
            if (INDICATOR.matcher(item.value()).matches()) {
                result.add(item.value());
            } else {
                context.problems.add(file, item.line(), item.pointer(), "pack.error.badIndicator", item.value());
            }
        }
        return result;
    }

    /**
     * Checks the condition in member {@code name}. {@code askedBefore}: the index of the question
     * whose {@code showIf} this is (it may only use questions before it), or {@code MAX_VALUE}.
     */
    private void condition(Fields f, String name, boolean required, int askedBefore) {
        JsonNode node = f.node(name, required);
        if (node != null) {
            condition(node, f.at(name), askedBefore);
        }
    }

    private void condition(JsonNode node, String pointer, int askedBefore) {
        if (!(node instanceof JsonNode.Obj obj)) {
            context.problems.add(file, node.line(), pointer, "pack.error.type", "a condition (an object)");
            return;
        }
        Fields c = new Fields(context, file, obj, pointer);
        List<String> forms = CONDITION_FORMS.stream().filter(c::has).toList();
        if (forms.size() != 1) {
            c.problem("pack.error.conditionForm", String.join(", ", CONDITION_FORMS));
            return;
        }
        switch (forms.get(0)) {
            case "answer" -> answer(c, obj, askedBefore);
            case "all", "any" -> parts(c, forms.get(0), askedBefore);
            case "count" -> {
                Integer minimum = c.integer("count", true, 1, 1000);
                int parts = parts(c, "of", askedBefore);
                if (minimum != null && parts > 0 && minimum > parts) {
                    c.problemAt("count", "pack.error.range", 1, parts);
                }
            }
            case "flag" -> c.id("flag");
            case "factor" -> c.id("factor");
            case "listMet" -> {
                c.stringOrStrings("listMet", true);
                emptyList(c, obj, "listMet");
            }
            case "ageGroup" -> c.oneOf("ageGroup", true, List.of("adult", "child"));
            default -> throw new IllegalStateException(forms.get(0));
        }
        c.noOthers();
    }

    private void answer(Fields c, JsonNode.Obj obj, int askedBefore) {
        String question = c.id("answer");
        boolean is = c.has("is");
        if (is == c.has("atLeast")) {
            c.problem("pack.error.answerForm");
            c.node("is", false);
            c.node("atLeast", false);
            return;
        }
        List<Fields.Item> values = List.of();
        Fields.Item atLeast = null;
        if (is) {
            values = c.stringOrStrings("is", true);
            emptyList(c, obj, "is");
        } else {
            BigDecimal minimum = c.number("atLeast", true);
            atLeast = minimum == null ? null : new Fields.Item(minimum.toPlainString(), c.lineOf("atLeast"), c.at("atLeast"));
        }
        if (question != null) {
            answers.add(new AnswerRef(question, c.lineOf("answer"), c.at("answer"), values, atLeast, askedBefore));
        }
    }

    /** An empty list where a condition needs at least one value. */
    private static void emptyList(Fields c, JsonNode.Obj obj, String name) {
        if (obj.members().get(name) instanceof JsonNode.Arr array && array.items().isEmpty()) {
            c.problemAt(name, "pack.error.empty");
        }
    }

    /** The conditions of list member {@code name}; returns how many there are (0 when reported). */
    private int parts(Fields c, String name, int askedBefore) {
        JsonNode node = c.node(name, true);
        if (node == null) {
            return 0;
        }
        if (!(node instanceof JsonNode.Arr array) || array.items().isEmpty()) {
            c.problemAt(name, "pack.error.type", "a non-empty list of conditions");
            return 0;
        }
        for (int i = 0; i < array.items().size(); i++) {
            condition(array.items().get(i), c.at(name) + "/" + i, askedBefore);
        }
        return array.items().size();
    }

    /** References to questions of this pack: asked earlier, and asked in a way that fits their answers. */
    private void checkAnswers(List<NationalQuestion> questions) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            position.putIfAbsent(questions.get(i).id(), i);
        }
        for (AnswerRef ref : answers) {
            Integer at = position.get(ref.question());
            if (at == null) {
                continue; // a core question: checked by the screening bundle
            }
            if (at >= ref.askedBefore()) {
                context.problems.add(file, ref.line(), ref.pointer(), "pack.error.showIfLater", ref.question());
                continue;
            }
            NationalQuestion question = questions.get(at);
            for (Fields.Item value : ref.values()) {
                if (!accepts(question, value.value())) {
                    context.problems.add(file, value.line(), value.pointer(), "pack.error.badValue", value.value(),
                            ref.question());
                }
            }
            if (ref.atLeast() != null && !"number".equals(question.answerType())) {
                context.problems.add(file, ref.atLeast().line(), ref.atLeast().pointer(), "pack.error.notNumber",
                        ref.question());
            }
        }
    }

    private static boolean accepts(NationalQuestion question, String value) {
        if (question.answerType() == null) {
            return true; // its type was already reported
        }
        return switch (question.answerType()) {
            case "yes-no" -> value.equals("yes") || value.equals("no");
            // a choice question without options was already reported
            case "single-choice", "multiple-choice" -> question.options().isEmpty()
                    || question.options().stream().anyMatch(o -> value.equals(o.id()));
            default -> false;
        };
    }
}
