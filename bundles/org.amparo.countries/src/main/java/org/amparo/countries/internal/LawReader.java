package org.amparo.countries.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.datafile.JsonNode;

/** Reads {@code laws.json}. */
final class LawReader {
    private final PackParser.Context context;
    private final String file;

    LawReader(PackParser.Context context, String file) {
        this.context = context;
        this.file = file;
    }

    List<Law> laws(JsonNode.Obj json) {
        Fields f = new Fields(context, file, json, "");
        format(f, json, "amparo.laws/1");
        List<Law> laws = new ArrayList<>();
        Ids lawIds = new Ids(context, file);
        for (Fields l : f.objects("laws", true)) {
            String id = l.id("id");
            boolean fresh = lawIds.add(id, l.line(), l.at("id"));
            String title = l.string("title", true);
            String titleLanguage = l.string("titleLanguage", true);
            if (titleLanguage != null && !Languages.known(titleLanguage)) {
                context.problems.add(file, l.line(), l.at("titleLanguage"), "pack.error.unknownLanguage", titleLanguage);
            }
            String number = l.string("number", false);
            LocalDate date = l.date("date", true);
            String dateKind = l.oneOf("dateKind", true, PackParser.DATE_KINDS);
            String summary = l.key("summary", true);
            Evidence evidence = l.evidence(false);
            List<Law.Provision> provisions = new ArrayList<>();
            Ids provisionIds = new Ids(context, file);
            for (Fields p : l.objects("provisions", false)) {
                String pid = p.id("id");
                boolean freshProvision = provisionIds.add(pid, p.line(), p.at("id"));
                String topic = p.oneOf("topic", true, PackParser.TOPICS);
                String citation = p.string("citation", true);
                String psummary = p.key("summary", true);
                Evidence pevidence = p.evidence(false);
                p.noOthers();
                if (freshProvision) {
                    provisions.add(new Law.Provision(pid, topic, citation, psummary, pevidence));
                }
            }
            l.noOthers();
            if (fresh && id != null) {
                laws.add(new Law(id, title, titleLanguage, number, date, dateKind, summary, evidence, provisions));
            }
        }
        f.noOthers();
        return laws;
    }

    static void format(Fields f, JsonNode.Obj json, String expected) {
        String format = f.string("format", true);
        if (format != null && !format.equals(expected)) {
            f.problemAt("format", "pack.error.format", expected);
        }
    }
}
