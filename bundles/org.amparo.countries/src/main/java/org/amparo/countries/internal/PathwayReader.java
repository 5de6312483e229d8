package org.amparo.countries.internal;

import java.util.ArrayList;
import java.util.List;

import org.amparo.countries.Evidence;
import org.amparo.countries.Pathway;
import org.amparo.datafile.JsonNode;

/** Reads {@code pathways.json}. */
final class PathwayReader {
    private final PackParser.Context context;
    private final String file;
    private final PackParser.References references;

    PathwayReader(PackParser.Context context, String file, PackParser.References references) {
        this.context = context;
        this.file = file;
        this.references = references;
    }

    List<Pathway> pathways(JsonNode.Obj json) {
        Fields f = new Fields(context, file, json, "");
        LawReader.format(f, json, "amparo.pathways/1");
        List<Pathway> pathways = new ArrayList<>();
        Ids pathwayIds = new Ids(context, file);
        for (Fields p : f.objects("pathways", true)) {
            String id = p.id("id");
            pathwayIds.add(id, p.line(), p.at("id"));
            String caseType = p.oneOf("caseType", true, PackParser.CASE_TYPES);
            String title = p.key("title", true);
            List<Pathway.Step> steps = new ArrayList<>();
            Ids stepIds = new Ids(context, file);
            List<Fields> stepFields = p.objects("steps", true);
            if (stepFields.isEmpty()) {
                p.problemAt("steps", "pack.error.empty");
            }
            for (Fields s : stepFields) {
                String sid = s.id("id");
                stepIds.add(sid, s.line(), s.at("id"));
                String stepTitle = s.key("title", true);
                String responsible = s.key("responsible", false);
                Integer days = s.integer("deadlineDays", false, 0, 3650);
                String from = s.oneOf("deadlineFrom", false, PackParser.DEADLINE_FROM);
                if ((days == null) != (from == null)) {
                    context.problems.add(file, s.line(), s.at(days == null ? "deadlineDays" : "deadlineFrom"),
                            "pack.error.deadlinePair");
                }
                List<String> basis = PackParser.basis(context, file, s, references);
                Evidence evidence = s.evidence(false);
                s.noOthers();
                steps.add(new Pathway.Step(sid, stepTitle, responsible, days, from, basis, evidence));
            }
            p.noOthers();
            pathways.add(new Pathway(id, caseType, title, steps));
        }
        f.noOthers();
        return pathways;
    }
}
