package org.amparo.countries.internal;

import java.util.ArrayList;
import java.util.List;

import org.amparo.countries.Evidence;
import org.amparo.countries.NationalQuestion;

/** Reads {@code screening.json}. */
final class QuestionReader {
    private final PackParser.Context context;
    private final String file;
    private final PackParser.References references;

    QuestionReader(PackParser.Context context, String file, PackParser.References references) {
        this.context = context;
        this.file = file;
        this.references = references;
    }

    List<NationalQuestion> questions(JsonNode.Obj json) {
        Fields f = new Fields(context, file, json, "");
        LawReader.format(f, json, "amparo.screening/1");
        List<NationalQuestion> questions = new ArrayList<>();
        Ids questionIds = new Ids(context, file);
        for (Fields q : f.objects("questions", true)) {
            String id = q.id("id");
            questionIds.add(id, q.line(), q.at("id"));
            String instrument = q.oneOf("instrument", true, PackParser.INSTRUMENTS);
            String text = q.key("text", true);
            String help = q.key("help", false);
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
                String label = o.key("label", true);
                o.noOthers();
                options.add(new NationalQuestion.Option(oid, label));
            }
            List<String> basis = PackParser.basis(context, file, q, references);
            Evidence evidence = q.evidence(false);
            q.noOthers();
            questions.add(new NationalQuestion(id, instrument, text, help, answerType, options, basis, evidence));
        }
        f.noOthers();
        return questions;
    }
}
